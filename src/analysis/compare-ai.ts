import type { Alignment } from './align.js'
import { listing, type AddedTerm, type DraftFinding } from './draft.js'
import type { ClauseFacts } from './facts.js'
import { terms, type Term } from './grants.js'
import type { Lexicon } from './lexicon.js'
import type { AnalysedSide } from './side.js'
import { tokenize } from './word-diff.js'

export function objectClass(id: string): string {
  return id === 'content-generic' ? 'content' : id
}

/** The user-side object classes a clause names, or "unspecified". */
export function userClasses(objects: readonly Term[], lexicon: Lexicon): string[] {
  const classes = new Set<string>()
  for (const o of objects) {
    const c = objectClass(o.id)
    if (lexicon.userClasses.has(c)) classes.add(c)
  }
  return classes.size > 0 ? [...classes] : ['unspecified']
}

interface AiBaseline {
  classes: Set<string>
  any: boolean
  thirdParty: boolean
  /** What each permitted statement trains on, in content words. */
  data: Array<Set<string>>
  /** The document's defined terms that permitted statements train on ("customer property"). */
  terms: Set<string>
}

/** What the base version already permits for AI training. */
export function aiBaseline(base: AnalysedSide, defined: ReadonlyMap<string, string> = new Map()): AiBaseline {
  const baseline: AiBaseline = { classes: new Set(), any: false, thirdParty: false, data: [], terms: new Set() }
  base.clauses.forEach((_, j) => {
    const f = base.facts(j)
    if (f.aiPermissions.length === 0) return
    baseline.any = true
    if (f.aiPermissions.some((p) => p.thirdParty)) baseline.thirdParty = true
    for (const c of userClasses(f.objects, base.lexicon)) baseline.classes.add(c)
    // "Customer Property" means the Input, the Output and …: training on it already covers them.
    for (const [term, body] of defined) {
      if (!f.reading.text.includes(term)) continue
      baseline.terms.add(term)
      for (const c of userClasses(terms(base.lexicon.objects, body), base.lexicon)) if (c !== 'unspecified') baseline.classes.add(c)
    }
    for (const p of f.aiPermissions) baseline.data.push(new Set(p.data))
  })
  return baseline
}

/** Whether the base already permits training on data described in (mostly) the same words. */
function sameDataPermitted(baseline: AiBaseline, words: readonly string[]): boolean {
  if (words.length === 0) return baseline.any
  return baseline.data.some((d) => words.filter((w) => d.has(w)).length / words.length >= 0.5)
}

function conditionFactor(facts: ClauseFacts, lexicon: Lexicon): number {
  const factors = lexicon.pack.severity.conditionFactors
  let factor = 1
  for (const c of facts.conditions) factor = Math.min(factor, factors[c.id] ?? 1)
  return factor
}

/** New permission to train AI on users' content or data, in a changed or added head clause. */
export function compareAi(
  base: AnalysedSide,
  head: AnalysedSide,
  i: number,
  alignment: Alignment,
  baseline: AiBaseline,
  lexicon: Lexicon,
): DraftFinding | undefined {
  const facts = head.facts(i)
  const permissions = facts.aiPermissions.filter((p) => p.span.end > facts.reading.contextLength)
  if (permissions.length === 0) return undefined
  const labelOf = new Map(lexicon.objects.map((o) => [objectClass(o.id), o.label]))
  const classes = userClasses(facts.objects, lexicon)
  const thirdParty = permissions.some((p) => p.thirdParty)
  const words = [...new Set(permissions.flatMap((p) => p.data))]
  const namedTerm = [...baseline.terms].some((t) => facts.reading.text.includes(t))
  const newClasses = classes.filter((c) => (c === 'unspecified' ? !sameDataPermitted(baseline, words) && !namedTerm : !baseline.classes.has(c)))
  const newThirdParty = thirdParty && !baseline.thirdParty
  if (newClasses.length === 0 && !newThirdParty) return undefined
  // An edited clause that already let models train on the same data is a widening, read word by word elsewhere.
  const pair = alignment.headPair[i]
  if (pair !== undefined && !newThirdParty) {
    const before = base.facts(pair)
    const had = new Set(userClasses(before.objects, lexicon))
    // "a sample of recordings" → "your recordings": the same data, now named as the user's.
    const words = new Set(tokenize(before.reading.text).map((t) => t.word))
    const noun = (o: Term): string => tokenize(facts.reading.text.slice(o.span.start, o.span.end)).pop()?.word ?? ''
    const named = (c: string): boolean => facts.objects.filter((o) => objectClass(o.id) === c).every((o) => words.has(noun(o)))
    if (before.aiPermissions.length > 0 && newClasses.every((c) => had.has(c) || (c !== 'unspecified' && named(c)))) return undefined
  }

  const label = (p: (typeof permissions)[number]): string => (p.toAiRecipient ? 'shared with AI providers' : p.thirdParty ? 'AI training by third parties' : 'AI / machine-learning training')
  const added: AddedTerm[] = permissions.map((p) => ({ label: label(p), span: p.span }))
  const objectTerms = facts.objects.filter((o) => newClasses.includes(objectClass(o.id)) && o.span.end > facts.reading.contextLength)
  for (const o of objectTerms) added.push({ label: labelOf.get(objectClass(o.id)) ?? o.label, span: o.span })

  const weights = lexicon.pack.severity
  const grantWeight = (facts.grant?.attributes ?? []).reduce((sum, a) => sum + (a.weight >= 1 ? a.weight : 0), 0)
  const score = ((thirdParty ? weights.thirdPartyAiTraining : weights.aiTraining) + grantWeight) * conditionFactor(facts, lexicon)
  const objects = newClasses.filter((c) => c !== 'unspecified').map((c) => labelOf.get(c) ?? c)
  const what = objects.length > 0 ? listing(objects) : 'users\' content or data'
  const who = thirdParty ? 'third parties to train their own' : 'training or improving'
  const conditions = facts.conditions.map((c) => c.label)
  const toProviders = permissions.every((p) => p.toAiRecipient)
  const message =
    (toProviders ? `New AI use: this clause now sends ${what} to AI providers, which run or build AI / machine-learning models with it` : `New AI-training purpose: this clause now allows ${who} AI / machine-learning models with ${what}`) +
    (conditions.length > 0 ? ` (${listing([...new Set(conditions)])})` : '') +
    '. The previous version did not permit this.'
  return {
    category: 'ai-training',
    side: 'after',
    rule: thirdParty ? 'builtin/ai-training-third-party' : 'builtin/ai-training',
    clauseIndex: i,
    added,
    score,
    describe: () => message,
    sideData: head,
    ...(pair !== undefined ? { previous: base.clause(pair) } : {}),
  }
}
