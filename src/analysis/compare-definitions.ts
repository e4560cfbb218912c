import type { Alignment } from './align.js'
import { objectClass } from './compare-ai.js'
import type { Definition } from './definitions.js'
import { listing, type DraftFinding } from './draft.js'
import { terms } from './grants.js'
import type { CompiledEntry, Lexicon } from './lexicon.js'
import type { AnalysedSide } from './side.js'
import { foldForMatching } from './text.js'

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

/** Whether a grant or AI statement of the head version uses the defined term. */
function reliedOn(head: AnalysedSide, term: string): boolean {
  const needle = foldForMatching(term)
  return head.clauses.some((_, i) => {
    const f = head.facts(i)
    return (f.grant !== undefined || f.aiPermissions.length > 0) && f.reading.text.includes(needle)
  })
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
    if (!g.userSideTerm.test(d.term) && !g.userSideBody.test(d.body)) continue
    if (!reliedOn(head, d.display) && !reliedOn(head, d.term)) continue
    const before = previous.definition.body
    const after = d.body
    const added: string[] = []
    const beforeClasses = classesIn(before, objects)
    for (const c of classesIn(after, objects)) if (!beforeClasses.has(c)) added.push(labelOf.get(c) ?? c)
    for (const [re, label] of g.widening) if (re.test(after) && !re.test(before)) added.push(label)
    const carveOut = g.exclusion.test(after) && !g.exclusion.test(before)
    const exclusionDropped = g.exclusion.test(before) && !g.exclusion.test(after)
    if (carveOut) added.push('a carve-out that takes data out of the protected definition')
    if (exclusionDropped) added.push('an exclusion removed')
    if (added.length === 0) continue
    return {
      category: 'broadened-definition',
      side: 'after',
      rule: 'builtin/broadened-definition',
      clauseIndex: i,
      added: added.map((label) => ({ label })),
      score: lexicon.pack.severity.broadenedDefinition + (added.length > 1 ? 1 : 0),
      describe: (labels) => `The definition of "${d.display}", which a licence or AI clause relies on, is wider: it now adds ${listing(labels)}.`,
      sideData: head,
      previous: base.clause(previous.clause),
    }
  }
  return undefined
}
