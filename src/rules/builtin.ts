import { BUILTIN_USES } from './builtin-uses.js'
import type { Grammar, RulePack } from './types.js'

/*
 * The built-in rule pack: how licence grants, AI-training purposes and protective commitments
 * are written in English terms of service and privacy policies. Sources: the drafting
 * conventions of US-style licence grants (the "string of adjectives"), ToS;DR case wording and
 * the clauses collected in shared/research/taxonomy.md. Patterns describe legal vocabulary and
 * sentence structure in general, never one document's wording.
 */

const SUBLICENSE = 'sub-?licen[cs](?:e|ed|es|ing)'

const QUOTE = `["“”'‘’]`

/**
 * English grammar the analysis reads outside the vocabulary: how terms are defined, what widens
 * a definition, who the subject of a negation is. Other languages' packs supply their own.
 */
export const ENGLISH_GRAMMAR: Grammar = {
  definitionWords: ['means', 'refers to', 'includes?', 'collectively'],
  purposeReference: [
    'for (?:the |these |those |this |such )?purposes? (?:described |set out |set forth |listed |stated |explained )?(?:in|of|under|above|below) (?:this|the above|these) (?:section|heading|paragraph)|for (?:these|this|such) purposes?(?! of)',
  ],
  coreWords: ['licen[cs]\\w*', 'sub-?licen[cs]\\w*', 'moral rights'],
  definitionStart: `^(?:as used (?:in|herein|throughout)[^,]{0,60},\\s*)?(?:the (?:term|terms|word) |(?:[Aa]n?|[Tt]he) (?=${QUOTE}))?${QUOTE}?((?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}’'&.-]*)(?:\\s+(?:of |and |or |the |[\\p{Lu}\\p{N}][\\p{L}\\p{N}’'&.-]*)){0,6})${QUOTE}?\\s*(?:\\([^)]{0,80}\\)\\s*)?,?\\s*(?:(?<=${QUOTE}\\s*)[:–—]|means|shall mean|refers to|shall refer to|is defined as|has the meaning|includes|shall include|encompasses|comprises|consists of|does not include|excludes|is|are)(?![\\p{L}])`,
  definitionStrongVerbs: '(?:means|shall mean|refers to|shall refer to|is defined as|has the meaning)',
  definitionInline: `\\((?:(?:collectively|together|each|individually|hereinafter|hereafter|also|and|or|any of which|all of (?:the above|which)[^,"“]{0,40}|referred to (?:herein )?as)[,\\s]+)*(?:the |as |a |an )?${QUOTE}([^"“”]{1,60})${QUOTE}\\)`,
  definitionHint: [
    '(?<![\\p{L}\\p{N}])(?:means|shall mean|refers? to|is defined as|has the meaning)(?![\\p{L}\\p{N}])',
    '["\'&][\\p{L}\\p{N}\'&;. -]{1,200}?["\';]? ?(?:\\([^)]{0,100}\\) ?)?,? ?(?:includ|encompass|compris|consist|exclud)',
    '["\'&][^"\\n]{1,120}["\';] *\\)',
    // A "Post" is any …, "Minors" are individuals …: a quoted term defined with "is" / "are".
    '["“][^"”\\n]{1,60}["”][*_]{0,2} (?:is|are)(?![\\p{L}])',
    // "Affiliates": companies that …, a glossary entry.
    '["“][^"”\\n]{1,60}["”][*_]{0,2} ?[:–—]',
  ],
  definitionPronouns: '^(?:it|this|that|these|those|they|which|such|each|there|here|he|she|we|you|our|your|its|their)(?:\\s|$)',
  widening: [
    { pattern: '\\b(?:any|all) other\\b|\\band other\\b|\\bor other\\b', label: '"any other …"' },
    { pattern: '\\bderived from\\b|\\bderivatives? of\\b|\\binferred\\b|\\bgenerated (?:by|from|through)\\b', label: 'data derived from it' },
    { pattern: '\\bincluding(?: but not limited to| without limitation)?\\b', label: '"including …"' },
    { pattern: '\\bwhether or not\\b|\\bregardless of\\b', label: '"whether or not …"' },
    { pattern: '\\bin any (?:form|format|medium)\\b', label: '"in any form"' },
  ],
  exclusion: '\\b(?:does not include|do not include|excludes?|excluding|other than|except(?: for)?|but not)\\b',
  userSideTerm: 'content|data|information|input|output|submission|material|feedback|upload|post|work|asset|recording|message|communication|likeness|profile|user|customer|member|creator|personal|prompt',
  userSideBody: '\\b(?:you|users?|members?|customers?|creators?)\\b[^.;]{0,40}\\b(?:provide|upload|submit|post|create|share|send|make available|transmit|input|generate|record|capture|import|attach|add|label|write|enter|type|dictate|save|store)',
  conditionals: ['if', 'unless', 'when', 'whether', 'where', 'until', 'in case', 'in the event', 'to the extent', 'insofar as', 'in so far as', 'because', 'since', 'given that', 'as it', 'as they', 'as this', 'as such'],
  userSubjects: ["you(?![\\p{L}'])", '(?:users?|visitors?|developers?|licensees?|anyone|scrapers?|crawlers?|members?|customers?) (?:may|must|shall|will|are|agree|cannot|should)'],
  companySubjects: ['we', 'us', 'our'],
  postNegators: [],
  useVerbs: ['use', 'uses', 'used', 'using', 'share', 'shares', 'shared', 'sharing', 'disclose', 'discloses', 'disclosed', 'disclosing', 'sell', 'sells', 'selling', 'transfer', 'transfers', 'license', 'licen[cs]e', 'reproduce', 'publish', 'distribute', 'exploit', 'train', 'training', 'make available', 'provide (?:it|them|your|such|this|the)[^.;]{0,40}to'],
  gatedUseVerbs: ['use', 'uses', 'used', 'using', 'share', 'shares', 'shared', 'sharing', 'disclose', 'discloses', 'disclosed', 'disclosing', 'sell', 'sells', 'selling', 'transfer', 'transfers', 'license', 'licen[cs]e', 'publish', 'distribute', 'train', 'training', 'provide'],
  collectVerbs: ['collect', 'collects', 'collected', 'collecting', 'access', 'accesses', 'accessed', 'receive', 'receives', 'obtain', 'obtains', 'gather', 'gathers', 'record', 'records', 'store', 'stores', 'send', 'sends', 'contact'],
  ownModel: 'your (?:own )?(?:ai|models?|algorithms?|machine learning|llms?|systems?|chatbots?)',
  theirModel: '(?:their|its) (?:own )?(?:(?:independent )?purposes|ai|artificial|models?|algorithms?|machine|generative|language|llms?|products)',
  thirdPartyPermission: '(?:third[- ]part(?:y|ies)|partners?|providers?|recipients?|companies|organi[sz]ations|collaborators|others)[^.;]{0,80}(?:who|which|that|to) (?:may|can|will|could)? ?(?:use|train|develop|build)',
  licensing: ['licen[cs]', 'sub-?licen', 'permission', '(?:publish|sell|distribute|commerciali[sz]e|exploit|reproduce|create derivative)'],
  // "to" takes a determiner or a one-word plural, so that "to provide services" names nobody.
  shareRecipient:
    "(?<![\\p{L}])(?:with (?!you(?![\\p{L}])|yourself|us(?![\\p{L}])|your (?:consent|permission|authori[sz]ation|agreement|approval|request|instructions?)|the exception|respect|regard|care|caution)(?=\\p{L})|to (?!you(?![\\p{L}])|us(?![\\p{L}])|the extent|the (?:law|terms)|this|these|that|those)(?:(?:the|an?|any|your|our|their|other|such|outside|external) (?=\\p{L})|[\\p{L}-]*(?![su])\\p{L}s(?![\\p{L}])))",
  listConjunctions: ['and', 'or', 'and/or', 'nor'],
  sharedPronoun: ' (?:it|them)(?![\\p{L}])',
}

export const BUILTIN_PACK: RulePack = {
  name: 'builtin',
  language: 'en',
  grammar: ENGLISH_GRAMMAR,
  vocabulary: {
    attributes: [
      { id: 'perpetual', label: 'perpetual', weight: 2, patterns: ['perpetual(?:ly)?', 'in perpetuity', 'for the (?:full|entire|maximum) (?:term|duration|period) of (?:any |all )?(?:applicable )?(?:copyright|intellectual property|protection)'] },
      { id: 'irrevocable', label: 'irrevocable', weight: 2, patterns: ['(?<!non-)irrevocabl[ey]'] },
      { id: 'worldwide', label: 'worldwide', weight: 0.5, patterns: ['world-?wide', 'throughout the (?:world|universe)', 'in (?:any|all) (?:countries|territories|country|territory)'] },
      { id: 'royalty-free', label: 'royalty-free', weight: 0.5, patterns: ['royalty-? ?free', 'without (?:any )?(?:royalt(?:y|ies)|payment|compensation|remuneration|fee)', 'gratis', 'free of (?:charge|royalt(?:y|ies))', 'fully[- ]paid(?:[- ]up)?'] },
      { id: 'sublicensable', label: 'sublicensable', weight: 2, patterns: [`sub-?licen[cs]e?able`, `(?:right|power|ability) to (?:grant )?${SUBLICENSE}s?`, `with (?:the )?(?:right|power) to grant ${SUBLICENSE}s`, `(?:will|may|can|shall) be ${SUBLICENSE}d`, `${SUBLICENSE} (?:it|them|such|the|your|these|this|any|all) `] },
      { id: 'multi-tier', label: 'sublicensable through multiple tiers', weight: 1, patterns: ['(?:through|via|across) multiple (?:tiers|levels|layers)', 'multi-?(?:tier|level)(?:ed)?'] },
      { id: 'transferable', label: 'transferable', weight: 1, patterns: ['(?<!non-?)(?<!non )transferr?able', '(?<!non-?)(?<!non )assignable', '(?:right|power) to (?:transfer|assign)'] },
      { id: 'exclusive', label: 'exclusive', weight: 3, patterns: ['(?<!non-?)(?<!non )exclusive(?! (?:of|jurisdiction|venue|remedy|remedies|forum|right to (?:bring|sue)))'] },
      { id: 'unconditional', label: 'unconditional / unrestricted', weight: 1, patterns: ['unconditional(?:ly)?', 'unrestricted', 'without (?:any )?(?:restriction|limitation)s? (?:of any kind|whatsoever)'] },
      { id: 'all-other-rights', label: '"all other rights"', weight: 2, patterns: ['(?:and|any and) all (?:other )?rights (?:required|necessary|needed|useful|that may be)', 'any and all (?:intellectual property )?rights (?:you have|that you have|in and to)', 'all (?:other )?rights (?:of any kind|whatsoever)', 'all right, title,? and interest'] },
      { id: 'survives-termination', label: 'survives termination or deletion', weight: 1, patterns: ['surviv(?:e|es|al of|ing) (?:any |the )?(?:termination|expiration|expiry|deletion|cancellation|closure)', '(?:even|continue[sd]?|remain[sd]?(?: in effect)?) (?:after|following) (?:you |your |the )?(?:stop\\w*|delet\\w*|terminat\\w*|clos\\w*|cancel\\w*|remov\\w*)', 'shall survive in perpetuity', 'notwithstanding (?:any )?(?:termination|deletion)'] },
      { id: 'moral-rights-waiver', label: 'moral rights waived', weight: 1, patterns: ['(?:waive|waives|waiving|waiver of|not (?:to )?(?:assert|exercise|enforce|invoke)|consent to)[^.;]{0,80}moral rights', 'moral rights[^.;]{0,80}(?:waive|waived|waiver|not (?:to )?(?:assert|exercise|enforce|invoke)|shall not be exercised)'] },
      { id: 'any-media', label: 'any media now known or later developed', weight: 0.5, patterns: ['(?:in |through )?any (?:and all )?(?:media|medium|formats?|channels?|manner)(?: or (?:distribution )?(?:methods?|channels?))?,? (?:whether )?(?:now known|known now|now or hereafter|now existing)', 'now known or (?:later|hereafter) (?:developed|devised|invented|created)', 'in any format and through any channel'] },
      { id: 'assignment', label: 'assignment of ownership', weight: 4, patterns: ['(?:hereby |irrevocably )*assigns?(?:,? (?:and |or )?(?:transfers?|conveys?|sets? over|cedes?))*,? (?:to [^.;]{1,60}?,? )?(?:all (?:of )?(?:your |its |their )?)?(?:right,? title|rights?,? title|ownership)'] },
    ],
    rightsVerbs: [
      { id: 'use', label: 'use', weight: 0, patterns: ['use'] },
      { id: 'host', label: 'host / store', weight: 0, patterns: ['host(?:ing)?', 'stor(?:e|ing)', 'cache', 'archive'] },
      { id: 'reproduce', label: 'reproduce / copy', weight: 0, patterns: ['reproduc(?:e|ing|tion)', 'cop(?:y|ying)', 'duplicat(?:e|ing)'] },
      { id: 'display', label: 'display', weight: 0, patterns: ['(?:publicly )?display(?:ing)?', 'exhibit(?:ing)?', 'show(?:ing)?'] },
      { id: 'transmit', label: 'transmit / communicate to the public', weight: 0, patterns: ['transmit(?:ting)?', 'communicat(?:e|ing) (?:it |them )?to the public', 'make (?:it |them )?available', 'stream(?:ing)?'] },
      { id: 'modify', label: 'modify / edit', weight: 1, patterns: ['modify(?:ing)?', 'edit(?:ing)?', 'alter(?:ing)?', 'reformat(?:ting)?', 'annotat(?:e|ing)', 'structur(?:e|ing)'] },
      { id: 'adapt', label: 'adapt / translate', weight: 1, patterns: ['adapt(?:ing)?', 'translat(?:e|ing)', 'transcrib(?:e|ing)', 'overlay'] },
      { id: 'derivative-works', label: 'create derivative works', weight: 1, patterns: ['derivative works?'] },
      { id: 'publish', label: 'publish', weight: 1, patterns: ['publish(?:ing)?', 'publicly perform(?:ing)?', 'perform(?:ing)?', 'broadcast(?:ing)?', 'syndicat(?:e|ing)'] },
      { id: 'distribute', label: 'distribute', weight: 1, patterns: ['(?:re)?distribut(?:e|ing|ion)'] },
      { id: 'sell', label: 'sell', weight: 2, patterns: ['sell(?:ing)?', 'resell(?:ing)?', 'offer (?:it |them )?for sale', 'rent(?:ing)?'] },
      { id: 'license', label: 'license to others', weight: 2, patterns: ['(?<!(?:exclusive|worldwide|world-wide|royalty-free|fully[- ]paid|free|perpetual|irrevocable|limited|revocable|transferable|sublicensable|personal|an?|the|this|that|our|such) )licen[cs]e(?! (?:and|or) (?:all |any |other )*(?:rights?|title))(?:,| or| and)(?= [a-z])', 'licen[cs]e (?:it|them|your|such|that|this|these)(?! (?:agreement|terms|policy|key|is|shall|will|may|grant))', `${SUBLICENSE}`] },
      { id: 'commercialize', label: 'commercialise / monetise', weight: 2, patterns: ['commerciali[sz](?:e|ing|ation)', 'monetiz(?:e|ing|ation)', 'monetis(?:e|ing|ation)', 'commercial (?:and non-commercial )?(?:purposes|use|exploitation)', 'commercially exploit'] },
      { id: 'exploit', label: 'exploit', weight: 2, patterns: ['(?:otherwise )?exploit(?:ing|ation)?'] },
      { id: 'otherwise-use', label: '"otherwise use"', weight: 1, patterns: ['otherwise use', 'use (?:it |them )?in any (?:manner|way)', 'any other (?:use|manner)'] },
    ],
    objects: [
      // "… the drawings you upload": whatever the user posts is content, the head noun being any
      // word but a conjunction ("if you send"), a person ("people you share it with") or a time.
      { id: 'content', label: 'user content', userSide: true, weight: 0, patterns: ['(?:your|user|users\'?|user-generated|customer|member|members\'?|subscriber|creator|participant|contributor|account holder\'?s?)\\s+(?:[a-z]+\\s+)?(?:content|submissions?|materials?|uploads?|posts?|works?|creations?|designs?|contributions?|listings?|files?|assets?|videos?|photos?|images?|music|art(?:work)?|blocks|projects?)', 'ugc', '(?!(?:if|when|whenever|where|wherever|as|because|before|after|once|unless|until|while|than|so|and|or|but|how|why|that|which|who|whom|since|though|although|time|way|moment|day|date|place|extent|manner|reason|period|point|fee|price|amount|service|product|feature|app|site|plan|people|person|user|member|friend|contact|recipient|follower|someone|anyone|everyone|part(?:y|ie))s? )[a-z]+ (?:that |which )?you (?:have |\'ve )?(?:post(?:ed)?|upload(?:ed)?|submit(?:ted)?|provided?|create[d]?|share[d]?|make available|made available|transmit(?:ted)?|sen[dt]|publish(?:ed)?|contribute[d]?)(?! (?:it|them|this|these|those|us)(?![a-z]))', 'user submissions?'] },
      { id: 'content-generic', label: 'content', userSide: false, weight: 0, patterns: ['(?:such|that|the|any|all) (?:content|submissions?|materials?|works?|posts?|uploads?)', 'content'] },
      { id: 'personal-data', label: 'personal data', userSide: true, weight: 0, patterns: ['personal (?:data|information)', '(?:your|user|users\'?|customer|member) (?:personal )?(?:data|information|info)', 'information (?:about|from|relating to) you', 'information (?:that )?you (?:provide|give|submit|share)', 'personally identifiable information'] },
      { id: 'inputs', label: 'inputs and prompts', userSide: true, weight: 1, patterns: ['inputs?', 'prompts?', '(?:search )?queries'] },
      { id: 'outputs', label: 'outputs', userSide: true, weight: 1, patterns: ['outputs?', '(?:ai-)?generated content'] },
      { id: 'communications', label: 'messages and communications', userSide: true, weight: 1, patterns: ['(?:your |private |direct )?(?:messages|chats?|conversations|communications|correspondence|e-?mails)', 'chat data'] },
      { id: 'recordings', label: 'recordings, audio and video', userSide: true, weight: 1, patterns: ['(?:voice |audio |video |screen |call )?recordings?', 'audio', 'transcripts?'] },
      { id: 'identity', label: 'name, likeness, voice or image', userSide: true, weight: 2, patterns: ['likeness(?:es)?', '(?:your |user )?names?(?! of)', 'voice', 'usernames?', 'user ?names?', 'profile (?:pictures?|photos?|images?|information|descriptions?|details)', 'image(?:,| and| or) likeness', 'photograph', 'biograph(?:y|ical)', 'persona', 'appearance', 'personal characteristics', 'signature'] },
      { id: 'usage-data', label: 'usage data and telemetry', userSide: true, weight: 1, patterns: ['usage (?:data|information)', 'telemetry', 'service generated data', 'metadata', 'diagnostic (?:data|information)', 'log (?:data|files)', 'device (?:data|information)', 'interaction data'] },
      { id: 'feedback', label: 'feedback', userSide: true, weight: 0, patterns: ['feedback', 'suggestions?', 'ideas?', 'proposals?', 'comments? (?:about|on|regarding) the (?:services?|products?)'] },
    ],
    purposes: [
      { id: 'any-purpose', label: 'any purpose', weight: 3, patterns: ['for any (?:and all )?(?:purposes?|reason)', 'any purposes? whatsoever', 'for all purposes', 'for (?:any|all) (?:other )?(?:lawful )?(?:business )?purposes?'] },
      { id: 'marketing', label: 'marketing, advertising or promotion', weight: 1, patterns: ['market(?:ing)?', 'adverts?', 'ads', 'newsletters?', 'press (?:materials?|releases?|coverage)', 'promotional (?:materials?|campaigns?|emails?)', 'advertis(?:e|ing|ements?)', 'promot(?:e|ing|ion|ional)', 'publicity'] },
      { id: 'new-products', label: 'developing new products, features or services', weight: 2, patterns: ['(?:develop(?:ing|ment of)?|build(?:ing)?|creat(?:e|ing|ion of)|design(?:ing)?) (?:of )?new (?:products?|offerings?|features?|services?|technolog(?:y|ies)|insights?|tools?|businesses)', 'new (?:products?|offerings?|features?|technolog(?:y|ies)) (?:and|or) (?:services|features|insights)', '(?:product|service) development'] },
      { id: 'research', label: 'research', weight: 1, patterns: ['research(?: and development)?'] },
      { id: 'improve', label: 'improving the services', weight: 0.5, patterns: ['improv(?:e|ing|ement)(?: of)? (?:the |our |its )?(?:services?|products?|platform|offerings?|site|features?)', 'enhanc(?:e|ing|ement)(?: of)? (?:the |our |its )?(?:services?|products?|platform)', '(?:provision, )?(?:promotion and )?improvement'] },
      { id: 'expansion', label: 'expanding the business', weight: 1, patterns: ['expan(?:d|ding|sion)(?: of)? (?:the |our )?(?:services?|business)', '(?:and|or) (?:its|our) (?:successors\'? )?business'] },
    ],
    grantees: [
      { id: 'affiliates', label: 'affiliates', weight: 1, patterns: ['sister (?:brands?|companies|company|sites?|services)', 'group (?:brands|entities)', '(?:our|its|their|the company\'s|and) (?:corporate )?affiliates?', 'affiliated (?:companies|entities)', 'group companies', 'corporate family'] },
      { id: 'partners', label: 'partners', weight: 2, patterns: ['(?:business|trusted|commercial|data|marketing|advertising|content|distribution) partners?', 'our partners'] },
      { id: 'third-parties', label: 'third parties', weight: 2, patterns: ['third[- ]part(?:y|ies)(?! (?:websites?|sites|links|services? (?:that|which)))', 'any (?:other )?(?:person|entity|persons|entities)', 'others'] },
      { id: 'other-users', label: 'other users', weight: 2, patterns: ['(?:each |all |any )?other (?:users?|members?|participants|creators|subscribers|players|customers|people)', '(?:the |general |wider )public(?! (?:domain|authorit(?:y|ies)|interest|law|bodies|body|sector|holidays?))', 'anyone', 'each other [a-z]+ users?', '(?:those|such|these) (?:users|members|subscribers|players)'] },
      { id: 'successors', label: 'successors and assigns', weight: 1, patterns: ['successors(?:,)? (?:and|or) assigns', 'assignees', 'assigns'] },
      { id: 'sublicensees', label: 'sublicensees and licensees', weight: 1, patterns: ['sub-?licensees', 'licensees'] },
    ],
    conditions: [
      { id: 'consent', label: 'with consent (opt-in)', patterns: ['with (?:your )?(?:prior |explicit |express |affirmative |separate )*(?:consent|permission|authori[sz]ation)', 'only (?:if|when|where|after) you (?:have )?(?:opt(?:ed)?[- ]in|consent|agree|choose|enable|allow|give)', 'if you (?:opt[- ]in|choose to|enable|allow|consent)', 'opt[- ]in', '(?:off|disabled) by default', 'subject to your (?:consent|permission)'] },
      { id: 'opt-out', label: 'opt-out available', patterns: ['opt(?:ing)?[- ]out', 'unless you (?:object|opt|turn|disable|withdraw)', 'you (?:can|may) (?:object|turn (?:this |it )?off|disable|withdraw|change (?:this|your) (?:setting|preference))', 'right to object'] },
      { id: 'deidentified', label: 'de-identified or aggregated data only', patterns: ['de-?identified', 'deidentified', 'anonymi[sz](?:ed|ation)', 'pseudonymi[sz]ed', 'aggregated?(?! and individual)', 'non-personal'] },
      { id: 'limited-purpose', label: 'solely to provide the service', patterns: ['(?:solely|only|exclusively|strictly) (?:as (?:is )?(?:necessary|needed|required) )?(?:for the (?:limited )?purposes? of|to|in connection with|for) (?:provid\\w*|operat\\w*|deliver\\w*|perform\\w*|run\\w*|host\\w*|display\\w*|offer\\w*|mak\\w*)', '(?:solely|only|strictly) as (?:is )?(?:necessary|needed|required)', 'for no other purpose', '(?:limited|restricted) (?:solely )?to (?:the )?(?:purposes?|provision|providing|operating)'] },
    ],
  },
  ai: {
    trainingVerbs: ['train', 'trains', 'trained', 'training', 'retrain', 'retrains', 'retrained', 'retraining', 'pre-?train(?:s|ed|ing)?', 'fine-? ?tun(?:e|es|ed|ing)', 'teach(?:es|ing)?'],
    developmentVerbs: ['develop(?:s|ed|ing|ment of)?', 'improv(?:e|es|ed|ing|ement of)', 'build(?:s|ing)?', 'enhanc(?:e|es|ed|ing)', 'refin(?:e|es|ed|ing)', 'tun(?:e|es|ed|ing)', 'optimi[sz](?:e|es|ed|ing)', 'evaluat(?:e|es|ed|ing)', 'validat(?:e|es|ed|ing)', 'benchmark(?:s|ed|ing)?'],
    aiNouns: [
      'artificial intelligence', 'machine intelligence', 'machine[- ]learning', 'deep learning', 'ml', 'a\\.?i\\.?', 'gen ?ai', 'generative', 'llms?', '(?:large )?language models?',
      'foundation models?', 'neural (?:networks?|nets?)', '(?:ai|ml|predictive|statistical|generative|language|machine learning|learning|speech|vision|recognition) models?', '(?<!(?:business|pricing|revenue|subscription|3d|three-dimensional|operating|service|delivery|data|role|licensing|payment|cost) )models?', 'algorithms?',
      'chat ?bots?', '(?:ai |virtual |digital )assistants?', 'classifiers?', 'ai[- ](?:powered |based )?(?:systems?|tools?|technolog(?:y|ies)|features?|services?|solutions?)',
      'embeddings?', 'training data(?:sets?)?', 'datasets?',
      // Systems that learn from data, named by what they do rather than by "AI".
      'automated (?:[a-z-]+ ){0,3}?(?:tools?|systems?|decision-making|engines?)',
      '(?:predict(?:ive|ion)|scoring|perception|classification|[a-z]+-classification|[a-z]+-screening|speech-recognition|image-recognition) (?:engines?|software|systems?|tools?)',
    ],
    humanNouns: [
      'staff', 'employees?', 'personnel', 'agents?', 'representatives?', 'teams?', 'team members', 'workforce', 'people', 'associates',
      'moderators?', 'reviewers?', 'contractors?', 'volunteers?', 'drivers?', 'managers?', 'workers?', 'colleagues', 'our people',
      'customer (?:service|support|care)', 'support (?:staff|agents?)', 'sales (?:staff|team)', 'you', 'users? on', 'students?', 'teachers?', 'partners? (?:on|in|to)',
    ],
    nominal: [
      '(?:ai|a\\.i\\.|ml|model|models|llms?|algorithm|algorithmic|machine learning|language model|neural network|generative ai)(?: \\([^)]{1,12}\\))? training',
      'training (?:of|for|and (?:improvement|development|fine-tuning|testing) of) (?:our |its |their |the |any |such |new |internal )?(?:ai|artificial|machine|models?|algorithms?|llms?|language|neural|generative)',
      '(?:as|for use as|to serve as|serve as) (?:ai )?training (?:data|material|inputs?)',
      'serve as (?:an )?input to (?:ai|artificial|machine|models?)',
      'datasets? (?:for|used for|to) (?:ai|machine|model)',
    ],
    recipients: [
      '(?:ai|a\\.i\\.|artificial intelligence|machine learning|ml|generative ai|gen ?ai|llm|large language model|language model|model|foundation model)[- ](?:technology |services? )?(?:providers?|partners?|vendors?|suppliers?|compan(?:y|ies)|developers?|labs?|sub-?processors?)',
      'providers? of (?:ai|artificial intelligence|machine learning|large language models?|generative ai|(?:ai |language |foundation )?models)',
    ],
    instrumentPurposes: [
      '(?:technolog(?:y|ies) |tools? |systems? |solutions? )?(?:to|in order to|for|that (?:help|helps) us) (?:help (?:us )?)?(?:improv|develop|build|enhanc|refin|innovat|creat)\\w*(?: (?:and|or) [a-z]+)?(?: (?:you )?with)? (?:our |its |new |the |better |future )+(?:[a-z-]+ ){0,3}?(?:products?|services?|features?|technolog(?:y|ies)|offerings?|models?|tools?|systems?|experiences?|capabilities)',
    ],
    instrumentCues: ['use', 'uses', 'used', 'using', 'utili[sz]e', 'utili[sz]es', 'utili[sz]ing', 'leverage', 'leverages', 'leveraging', 'employ', 'employs', 'through', 'by', 'with', 'via', 'powered by', 'based on', 'rely on', 'relies on', 'apply', 'applies', 'applying', 'help of', 'support of', 'assisted by'],
  },
  cues: {
    negators: ['stop us(?: from)?', 'not', 'never', 'no', 'none', 'neither', 'nor', 'cannot', "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "shan't", "shouldn't", "mustn't", "wouldn't", 'nothing', 'nobody', 'disabled?', 'deactivated?', 'turned off', 'switched off', 'opted (?:you |users )?out of', 'excluded from', 'refrain from'],
    falseNegators: ['not limited to', 'not be limited to', 'not only', 'whether or not', 'not necessarily', 'no later than', 'not later than', 'no matter', 'if you do not', 'if you don\'t', 'if you did not', 'if (?:a|an|the|any|your) (?:[a-z]+ ){0,2}(?:does|do|did) not', 'if (?:a|an|the|any|your) (?:[a-z]+ ){0,2}(?:doesn\'t|don\'t|didn\'t)', 'unless', 'nothing in this', 'not exceed', 'not to exceed', 'no less than', 'not less than', 'no more than', 'not more than', 'no longer than', 'no charge', 'no cost', 'no fee', 'no additional'],
    restrictions: ['prohibit(?:s|ed|ing)?', 'forbid(?:s|den)?', 'restrict(?:s|ed)? from', 'not (?:permitted|allowed|authori[sz]ed)', 'refrain from', 'agree not to', 'must not', 'may not', 'shall not', 'will not', 'is not allowed', 'are not allowed', 'ban(?:s|ned)?', 'disallow(?:s|ed)?', 'contractual(?:ly)? (?:obligat|bound|required)[a-z]* not to', 'prevent(?:s|ed)? (?:from|them from)'],
    scopeBoundaries: [';', ':', '\\|', 'but', 'however(?!,)', 'although', 'whereas', 'except', 'unless', 'provided that', 'other than', 'instead', 'while'],
    grantOperatives: [
      '(?:hereby |irrevocably |also |further |additionally |expressly |specifically )*(?:grant|grants|granted|granting)(?: to)?(?: [a-z.&\'-]+){0,4}? (?:a|an|the|any|all|such|these|those|this|that)?,? ?(?:[a-z-]+,? (?:and |or )?){0,14}(?:right|rights|licen[cs]es?|permission|consent|authori[sz]ation)',
      '(?:licen[cs]es?|rights?|permissions?) (?:that )?(?:you )?(?:hereby |have )?(?:grant|granted|give|given|provide|provided)',
      'you (?:hereby |also )?(?:give|provide|confer)s? (?:to )?(?:us|the company|[a-z]+(?: and (?:its|our) [a-z]+)?) (?:a |an |the )?(?:[a-z-]+,? ){0,10}(?:right|rights|permission|license|licence|consent)',
      '(?:authori[sz]e|authori[sz]es|permit|permits|allow|allows) (?:us|[a-z.&-]+(?: and (?:its|our) [a-z]+)?),? (?:and [a-z ,]{0,40})?to (?:use|host|store|reproduce|copy|modify|adapt|publish|distribute|display|perform|exploit|sell|license|sublicense|commerciali[sz]e|create|translate|make)',
      'consent to (?:our|the company\'s|its|[a-z]+\'s|[a-z]+ and [a-z]+\'s) (?:access|use|collection|creation|modification|distribution|processing|sharing|reproduction|publication)',
      '(?:agree|acknowledge|understand|accept)s?(?: and (?:agree|acknowledge|accept))? that (?:we|[a-z.&-]+|the company) (?:and [a-z ]{1,40} )?(?:may|can|will|shall|is entitled to|are entitled to|has the right to|have the right to) (?:freely )?(?:use|reproduce|copy|modify|publish|distribute|display|exploit|sell|license|sublicense|commerciali[sz]e|create)',
      'licen[cs]e (?:and (?:all )?(?:other )?rights? )?to (?:use|host|store|reproduce|copy|modify|adapt|publish|distribute|display|perform|exploit|sell|license|sublicense|commerciali[sz]e|create|translate|make|exercise|access)',
      '(?:right|rights) (?:and licen[cs]e )?to (?:use|host|store|reproduce|copy|modify|adapt|publish|distribute|display|perform|exploit|sell|license|sublicense|commerciali[sz]e|create|translate|exercise)',
      '(?:you |hereby |irrevocably |agree to )+waive[sd]?', 'waiver of', '(?:not|never) (?:to )?(?:assert|exercise|enforce|invoke)',
      '(?:you |hereby |irrevocably |agree to |shall |will )+assigns?(?:,? (?:and |or )?(?:transfers?|conveys?|sets? over|cedes?))*,? (?:to [^.;]{1,50}?,? )?(?:all|any|your|its|ownership|the entire)',
      '(?:may|can|will|shall|reserve(?:s)? the right to|(?:is|are) entitled to|ha(?:s|ve) the right to) (?:also )?(?:freely )?(?:use,? )?(?:[a-z]+, ){0,6}(?:and |or )?(?:publish|reproduce|redistribute|distribute|modify|sell|license|sublicense|commerciali[sz]e|exploit|create derivative|publicly (?:display|perform)|broadcast)',
      '(?:will|shall|may|are|is|be) (?:be )?(?:sub-?)?licen[cs]ed to',
    ],
    toUser: [
      '(?:grant|grants|granted|give|gives|provide|provides|offer|offers|extend|extends) (?:to )?you(?!r)',
      'you are (?:hereby )?(?:granted|given|permitted|licensed)',
      'licen[cs]ed to you',
      'your (?:limited |personal |non-exclusive )*(?:license|licence|right) to (?:use|access|download|install)',
      '(?:we|company|licensor) (?:hereby )?licen[cs]es? (?:the|our|this)',
    ],
    fromUser: [
      'you (?:hereby |also |further |additionally |expressly |specifically |irrevocably |automatically |explicitly )*(?:grant|give|license|authori[sz]e|permit|assign|waive|agree to grant|consent|transfer|allow|acknowledge and agree|agree)',
      '(?:by|when|if|upon) (?:you )?(?:post\\w*|upload\\w*|submit\\w*|provid\\w*|shar\\w*|send\\w*|transmit\\w*|mak\\w*|creat\\w*|appear\\w*|contribut\\w*|publish\\w*|display\\w*)',
      '(?:license|licence|rights?|permission) (?:granted|given) (?:by you|to us|hereunder)',
      '(?:users?|members?|creators?|customers?|participants?) (?:hereby )?grants?',
      '(?:user|member|creator|customer|participant|licensor)\'?s? (?:content|designs?|works?|submissions?)',
      'you additionally grant',
    ],
    grantReferences: ['(?:this|the foregoing|such|the above|these|the aforementioned|the|that) (?:licen[cs]es?|grant|rights? (?:granted|given)|permission)'],
    companyObjects: ['(?:the|our|its) (?:services?|sites?|website|platform|app(?:lication)?s?|software|products?|apis?|sdks?)', '(?:our|company|[a-z]+) (?:materials?|trademarks?|logos?)', 'our content', 'the (?:service|site|platform) content'],
    warranties: ['represents?', 'warrants?', 'warranty', '(?:you )?(?:have|has) obtained', '(?:you )?(?:have|has|own|possess) (?:all|the|all the) (?:necessary |requisite |required )?(?:rights|licen[cs]es|consents|permissions)', 'you (?:promise|confirm|guarantee|assure us) that', 'necessary (?:rights|licen[cs]es|consents|permissions)', 'you (?:are|will be) (?:solely )?responsible'],
    durationNouns: ['period', 'duration', 'term', 'length', 'time'],
    // Sharing "for cross-context behavioral advertising" is sharing with others by definition (state privacy laws).
    thirdParties: ['cross-context behaviou?ral advertising', '(?:targeted|interest-based|third-party) advertising', 'non-?affiliates?', 'unaffiliated (?:companies|parties|third parties|businesses)', 'third[- ]part(?:y|ies)', 'partners?', 'providers?', 'vendors?', 'recipients?', 'other companies', 'organi[sz]ations', 'advertisers?', 'data partners?', 'collaborators?', 'sub-?processors?'],
  },
  protections: {
    sale: ['sell', 'sells', 'selling', 'sold', 'sale of', '(?:constitutes?|considered|deemed|treated as|qualif(?:y|ies) as|amounts? to) (?:an? |the )?["“\']?sale', 'rent', 'rents', 'renting', 'trade', 'trades', 'data broker', 'monetiz(?:e|es|ing)',
      // A disclosure paid for is a sale whatever it is called (state privacy laws: "for monetary or other valuable consideration").
      '(?:who|which|that) pays? (?:us|[a-z]+) (?:for|to access)', 'in (?:exchange|return) for (?:a )?(?:payment|money|fees?|compensation|remuneration)', 'for (?:monetary|valuable) consideration'],
    share: ['share', 'shares', 'sharing', 'disclose', 'discloses', 'disclosing', 'transfer', 'transfers', 'transferring', 'provide', 'provides', 'make available'],
    consent: [
      'with (?:your )?(?:prior |explicit |express |affirmative |separate |opt-in )*(?:consent|permission|authori[sz]ation)',
      'only (?:if|when|where|after|with) (?:you )?(?:have )?(?:opt(?:ed)?[- ]in|consent(?:ed)?|agree[sd]?|choose|chosen|enable[sd]?|allow(?:ed)?|give|given|your (?:consent|permission))',
      'if you (?:opt[- ]in|choose to|enable|allow|consent|agree)',
      'subject to your (?:prior )?(?:consent|permission)',
      '(?:ask|obtain|seek|request) (?:for )?(?:your )?(?:prior |explicit |express )*(?:consent|permission) (?:before|first|prior)',
      'opt[- ]in (?:basis|consent|only)',
      'off by default',
      '(?:not|never)[^.;]{0,120}without (?:first )?(?:obtaining )?(?:your )?(?:prior |explicit |express |written |affirmative )*(?:consent|permission|authori[sz]ation|instruction)',
    ],
    purposeLimit: [
      '(?:solely|only|exclusively|strictly) (?:as (?:is )?(?:necessary|needed|required) )?(?:for the (?:limited )?purposes? of|to|in connection with|for) (?:provid\\w*|operat\\w*|deliver\\w*|perform\\w*|run\\w*|host\\w*|display\\w*|offer\\w*|mak\\w*|improv\\w*|the purpose|viewing|stream\\w*)',
      '(?:solely|only|strictly) (?:as |to the extent )(?:is )?(?:strictly )?(?:necessary|needed|required)',
      'for no other purposes?',
      '(?:but )?only for the limited purposes?',
    ],
    durationLimit: [
      'for (?:the )?(?:entire |whole )?(?:period|duration|term|time) (?:during which|that|in which|of your)',
      'until (?:you|the) (?:delete|remove|terminat\\w*|clos\\w*|cancel\\w*|end)',
      '(?:ends|terminates|expires|lapses|ceases)(?: automatically)? (?:when|upon|if|in the event|once|at the time)',
      'as long as (?:your|you|the)',
      '(?:only |solely )?(?:while|whilst) (?:your|the) (?:[a-z]+ ){0,2}(?:is|are|remains?) (?:stored|hosted|available|published|online|live|active|on)',
      'you (?:may|can) (?:revoke|terminate|end) (?:this|the|such) (?:license|licence|permission|consent)',
    ],
    ownership: [
      'you (?:retain|keep|own|maintain|continue to own|remain the owner|are the owner)',
      '(?:remain|remains|is|are) (?:yours|your property|the property of the user|owned by you)',
      '(?:we|company|[a-z]+) (?:do|does|will) not (?:claim|take|acquire|obtain) (?:any )?(?:ownership|title)',
      'claims? no ownership', 'as between you and [a-z]+, you own',
    ],
    notice: [
      '(?:before|prior to) (?:we )?(?:use|using|process|processing|sharing|disclos)[^.;]{0,80}(?:new|different|another|other|incompatible) purposes?',
      '(?:notify|inform|ask) you (?:before|prior to|in advance)[^.;]{0,60}(?:new|different|another|other) (?:purposes?|use)',
    ],
    dataObjects: ['data', 'information', 'info', 'content', '(?:search|browsing|purchase|order|viewing|listening|watch|location) histor(?:y|ies)', 'locations?', 'contacts', 'browsing', 'submissions?', 'materials?', 'messages', 'communications', 'recordings?', 'inputs?', 'outputs?', 'prompts?', 'conversations', 'files', 'photos', 'videos', 'works?', 'music'],
  },
  severity: {
    aiTraining: 5,
    thirdPartyAiTraining: 7,
    newGrant: 2,
    removedProtection: 5,
    broadenedDefinition: 4,
    conditionFactors: { consent: 0.5, 'opt-out': 0.8, deidentified: 0.7, 'limited-purpose': 0.6 },
    thresholds: { critical: 9, high: 5, medium: 3 },
  },
  rules: [],
  uses: BUILTIN_USES,
}
