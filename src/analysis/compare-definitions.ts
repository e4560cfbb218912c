import type { Alignment } from './align.js'
import { objectClass } from './compare-ai.js'
import type { Definition } from './definitions.js'
import { listing, type DraftFinding } from './draft.js'
import { terms } from './grants.js'
import type { CompiledEntry, Lexicon } from './lexicon.js'
import type { AnalysedSide } from './side.js'
import { findAll, foldForMatching } from './text.js'
import { useLexicon } from './use-lexicon.js'
import { tokenize } from './word-diff.js'

// The words that widen a definition, carve data out of it or make it about what users provide
// are the language's grammar (Grammar.widening, exclusion, userSideTerm, userSideBody).

export interface Glossary {
  byTerm: Map<string, { definition: Definition; clause: number }>
}

export function glossary(side: AnalysedSide): Glossary {
  const byTerm = new Map<string, { definition: Definition; clause: number }>()
  side.clauses.forEach((_, i) => {
    for (const d of side.facts(i).definitions) if (!byTerm.has(d.term)) byTerm.set(d.term, { definition: d, clause: i })
  })
  return { byTerm }
}

/**
 * Whether a grant, an AI statement, a protection or a statement of use of the head version uses
 * the defined term: a term like "Services" sets how far "only to provide the Services" reaches.
 */
function reliedOn(head: AnalysedSide, term: string, asLimit = false): boolean {
  const mention = mentionOf(foldForMatching(term))
  if (asLimit) return head.clauses.some((_, i) => LIMIT_BEFORE(mention).test(head.facts(i).reading.text))
  const uses = useLexicon(head.lexicon)
  const mentioned = new RegExp(mention, 'u')
  return head.clauses.some((_, i) => {
    const f = head.facts(i)
    if (f.definitions.length > 0 || !mentioned.test(f.reading.text)) return false
    if (f.grant !== undefined || f.aiPermissions.length > 0 || f.protections.length > 0) return true
    if (!uses) return false
    uses.verbs.lastIndex = 0
    return uses.verbs.test(f.reading.text)
  })
}

// The term as used in a sentence: each word may take an inflection ("die Verbundenen Unternehmen", "Affiliates'").
function mentionOf(needle: string): string {
  const words = needle.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + (w.length >= 4 ? "[\\p{L}']{0,2}" : ''))
  return `(?<![\\p{L}])${words.join('\\s+')}(?![\\p{L}])`
}

// "only to provide the Services", "solely for the Permitted Purposes": the term sets the limit.
const LIMIT_BEFORE = (mention: string): RegExp =>
  new RegExp(`(?<![\\p{L}])(?:only|solely|exclusively|strictly|limited to)(?![\\p{L}])[^.;]{0,60}${mention}`, 'u')

const FUNCTION_WORDS = new Set([
  'that', 'this', 'these', 'those', 'with', 'from', 'into', 'onto', 'your', 'their', 'which', 'whom', 'when', 'where', 'such',
  'other', 'also', 'including', 'include', 'includes', 'limited', 'without', 'limitation', 'through', 'within', 'upon', 'each',
  'them', 'they', 'have', 'been', 'will', 'shall', 'would', 'could', 'should', 'about', 'under', 'over', 'only', 'more', 'than',
])

/** Content words the new body has and the old did not: new members of the defined class. */
function newMembers(before: string, after: string): string[] {
  const old = new Set(tokenize(before).map((t) => t.word))
  const fresh: string[] = []
  for (const t of tokenize(after)) {
    if (t.word.length < 4 || FUNCTION_WORDS.has(t.word) || old.has(t.word) || /^\d/.test(t.word) || fresh.includes(t.word)) continue
    fresh.push(t.word)
  }
  return fresh
}

function classesIn(body: string, objects: readonly CompiledEntry[]): Set<string> {
  return new Set(terms(objects, body).map((t) => objectClass(t.id)).filter((c) => c !== 'feedback'))
}

/** A definition a grant relies on, made wider: new members, widening words, a new carve-out. */
export function compareDefinitions(
  base: AnalysedSide,
  head: AnalysedSide,
  i: number,
  alignment: Alignment,
  baseGlossary: Glossary,
  lexicon: Lexicon,
): DraftFinding | undefined {
  const facts = head.facts(i)
  if (facts.definitions.length === 0) return undefined
  const objects = lexicon.objects
  const labelOf = new Map(objects.map((o) => [objectClass(o.id), o.label]))
  const pair = alignment.headPair[i]
  for (const d of facts.definitions) {
    let previous = baseGlossary.byTerm.get(d.term)
    if (!previous && pair !== undefined) {
      const renamed = base.facts(pair).definitions[0]
      if (renamed) previous = { definition: renamed, clause: pair }
    }
    if (!previous || previous.definition.body === d.body) continue
    const g = lexicon.grammar
    const userSide = g.userSideTerm.test(d.term) || g.userSideBody.test(d.body)
    // "Affiliates", "Partners": a term that names who receives data reaches further as it gains members.
    const recipients = !userSide && (terms(lexicon.grantees, `our ${d.term}`).length > 0 || findAll(lexicon.thirdParties, d.term).length > 0)
    // A company-side term ("Services") matters where it sets the limit of a use.
    if (userSide || recipients ? !reliedOn(head, d.display) && !reliedOn(head, d.term) : !reliedOn(head, d.term, true)) continue
    const before = previous.definition.body
    const after = d.body
    const added: string[] = []
    const beforeClasses = classesIn(before, objects)
    if (userSide) for (const c of classesIn(after, objects)) if (!beforeClasses.has(c)) added.push(labelOf.get(c) ?? c)
    for (const [re, label] of g.widening) if (re.test(after) && !re.test(before)) added.push(label)
    const carveOut = g.exclusion.test(after) && !g.exclusion.test(before)
    const exclusionDropped = g.exclusion.test(before) && !g.exclusion.test(after)
    if (carveOut && userSide) added.push('a carve-out that takes data out of the protected definition')
    if (exclusionDropped) added.push('an exclusion removed')
    // A list that gains members ("… and the photos, notes and location tags you attach") reaches more, whatever the words.
    const members = carveOut ? [] : newMembers(before, after)
    if (members.length >= 3) added.push(`new members (${members.slice(0, 6).join(', ')}${members.length > 6 ? ' …' : ''})`)
    if (added.length === 0) continue
    return {
      category: 'broadened-definition',
      side: 'after',
      rule: 'builtin/broadened-definition',
      clauseIndex: i,
      added: added.map((label) => ({ label })),
      score: lexicon.pack.severity.broadenedDefinition + (added.length > 1 ? 1 : 0),
      describe: (labels) =>
        recipients
          ? `The definition of "${d.display}", to whom the terms let users' data or content go, is wider: it now adds ${listing(labels)}.`
          : `The definition of "${d.display}", which a licence or AI clause relies on, is wider: it now adds ${listing(labels)}.`,
      sideData: head,
      previous: base.clause(previous.clause),
    }
  }
  return undefined
}
