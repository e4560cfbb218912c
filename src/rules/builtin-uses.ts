import type { UseVocabulary } from './types.js'

/*
 * How English terms and privacy policies state a use of data or content, and the words that set
 * its limits. A limit is what a reader relies on ("only", "except", "with your consent", "from
 * 1 May", "deleted after 30 days"); deleting one widens the use even when nothing is added.
 */
export const BUILTIN_USES: UseVocabulary = {
  verbs: [
    'use', 'uses', 'used', 'using', 're-?use[sd]?', 're-?using', 'utili[sz](?:e|es|ed|ing)', 'process(?:es|ed|ing)?', 'analy[sz](?:e|es|ed|ing)',
    'share[sd]?', 'sharing', 'disclose[sd]?', 'disclosing', 'sell(?:s|ing)?', 'sold', 'transfer(?:s|red|ring)?', 'provide[sd]? (?:[a-z-]+,? ){0,4}?to',
    'make[s]? (?:[a-z-]+,? ){0,6}?available', 'made available', 'combine[sd]?', 'combining', 'keep(?:s|ing)?', 'kept', 'retain(?:s|ed|ing)?', 'stor(?:e|es|ed|ing)',
    'train(?:s|ed|ing)?', 'improv(?:e|es|ed|ing)', 'develop(?:s|ed|ing)?', 'feature[sd]?', 'featuring', 'display(?:s|ed|ing)?', 'publish(?:es|ed|ing)?',
    'show(?:s|n|ing)?', 'market(?:s|ed|ing)?', 'advertis(?:e|es|ed|ing)', 'personali[sz](?:e|es|ed|ing)', 'target(?:s|ed|ing)?', 'licen[cs](?:e|es|ed|ing)',
    'grant(?:s|ed|ing)?', 'extend(?:s|ed)? to', 'appl(?:y|ies) to', 'profil(?:e|es|ed|ing)', 'monetiz(?:e|es|ed|ing)', 'collect(?:s|ed|ing)?',
  ],
  limiters: [
    { id: 'only', label: '"only" / "solely"', patterns: ['only', 'solely', 'exclusively', 'strictly', 'limited to', 'restricted to', 'no other', 'sole purpose'] },
    { id: 'exception', label: 'an exclusion', patterns: ['except(?:ing)?', 'exclud(?:e|es|ed|ing)', 'exclusion', 'other than', 'apart from', 'not include[sd]?', 'does not cover', 'do not cover'] },
    { id: 'consent', label: 'consent / opt-in', patterns: ['consent', 'opt(?:ed|s)?[- ]in', 'with your (?:prior |explicit |express )?permission', 'if you (?:switch|turn) (?:it |this )?on', 'if you (?:choose|agree|enable|allow|opt)', 'only if you', 'off by default', 'disabled by default', 'unless you (?:switch|turn) (?:it |this )?on'] },
    { id: 'opt-out', label: 'an opt-out', patterns: ['unless you (?:opt|switch|turn|object|disable|withdraw)', 'opt(?:ing)?[- ]out', 'you can (?:object|switch (?:it |this )?off|turn (?:it |this )?off|disable)', '(?:can|may) (?:object|opt out|disable (?:it|this)|withdraw|(?:switch|turn) (?:it |this |that )?off)'] },
    { id: 'negation', label: 'a "not" / "never"', patterns: ['not', 'never', 'no', 'none', 'neither', 'nor', "n't", 'without(?! (?:limitation|restriction|prejudice|limiting))'] },
    { id: 'deidentified', label: 'de-identified or aggregated data only', patterns: ['de-?identified', 'anonymi[sz]ed', 'pseudonymi[sz]ed', 'aggregated?', 'non-personal', 'cannot identify you', 'does not identify you'] },
    { id: 'time', label: 'a start date or time limit', patterns: ['from \\d{1,2} [a-z]+ \\d{4}', 'from [a-z]+ \\d{1,2},? \\d{4}', '(?:on or )?after (?:\\d{1,2} )?[a-z]+ (?:\\d{1,2},? )?\\d{4}', 'uploaded (?:on or )?after', 'created (?:on or )?after'] },
    { id: 'deletion', label: 'a deletion commitment', patterns: ['(?:are|is|be|get|gets) (?:automatically |permanently )?(?:deleted|erased|destroyed|purged|overwritten)', 'we (?:will |may |automatically |permanently )?(?:delete|erase|destroy|purge)', '(?:deleted|erased|destroyed|purged|overwritten) (?:after|within|\\d)', '(?:within|after) (?:up to |a further |an additional )?\\d+ (?:hours|days|weeks|months)'] },
    { id: 'period', label: 'a fixed retention period', patterns: ['\\d+[- ](?:hours?|days?|weeks?|months?|years?)', '(?:one|two|three|six|seven|twelve|thirty|sixty|ninety) (?:hours?|days?|weeks?|months?|years?)'] },
    { id: 'plan', label: 'a plan, tier or product limit', patterns: ['(?:free|personal|pro|business|enterprise|team|premium|basic|plus|studio) (?:plans?|tiers?|accounts?|members|users|sellers|customers|subscribers|editions?|versions?)'] },
    { id: 'own-models', label: 'a limit to the company\'s own models', patterns: ['(?:our|its) (?:own )?(?:[a-z-]+ (?:and )?){0,4}(?:models?|algorithms?|ai|systems?|llms?)'] },
  ],
  broadeners: [
    { id: 'any-other', label: '"any other …"', patterns: ['any other', 'all other', 'any and all'] },
    { id: 'regardless', label: '"whichever" / "regardless"', patterns: ['whichever', 'whatever', 'regardless of', 'whether or not', 'every (?:account|user|member|plan|customer)', 'all (?:plans|tiers|accounts|users|members|customers)'] },
    { id: 'earlier-data', label: 'data from before the change', patterns: ['(?:created|collected|uploaded|provided|submitted|shared|made) (?:before|prior to|since)', 'past (?:and|or) future', 'historical', 'previously (?:collected|uploaded|submitted|provided)'] },
    { id: 'open-retention', label: 'open-ended retention', patterns: ['(?:kept|keep|retained|retain|stored|store|held|hold)[^.;]{0,40}(?:for as long as (?:it|we|they|this)|indefinitely|permanently|for up to \\d+ years)', 'no longer (?:delete|erase)', '(?:for )?as long as (?:is |it is |they are )?(?:needed|necessary|required|reasonably (?:needed|necessary)|we (?:reasonably )?(?:need|require))', 'until (?:it is |they are |this is )?no longer (?:needed|necessary|required)', '(?:standard|regular|normal|routine) (?:backup )?(?:rotation|retention) (?:schedule|cycle|policy|practices?)'] },
    { id: 'default-on', label: 'on by default', patterns: ['(?:switched|turned) on for', 'on by default', 'enabled by default', 'automatically (?:enabled|included|opted in)'] },
    { id: 'weak-basis', label: 'legitimate interests instead of consent', patterns: ['legitimate interests?', 'you (?:can|may) object'] },
    { id: 'and-products', label: 'further products, models or companies', patterns: ['(?:and|or) (?:the )?(?:products|services|features|models|tools|apps|businesses|companies|brands) (?:built|based|that|which|of|we|operated)', '(?:now or in the future|present or future|now or later|future (?:products|services|features))'] },
  ],
  // A use named as what the user may object to or opt out of is a right over it, not a new permission.
  exclusions: ['stop (?:us|[a-z]+) (?:from )?(?:using|processing|sharing)', '(?:turn|switch)(?:ing)? off', 'object(?:ion)? to', 'opt(?:ing)?[- ]out (?:of|from)', 'withdraw (?:your )?consent (?:to|for)', 'except(?:ing)?', 'exclud(?:e|es|ed|ing)', 'other than', 'apart from', 'but not', 'not', 'never', 'no', 'without', 'unless', 'neither', 'nor'],
}
