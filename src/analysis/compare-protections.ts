import type { Alignment } from './align.js'
import type { DraftFinding } from './draft.js'
import { PROTECTION_LABELS, type Protection, type ProtectionKind } from './protections.js'
import { segmentAt } from './reading.js'
import type { AnalysedSide } from './side.js'

/** A protection with whether it holds only under a condition or only for the past. */
export interface StatedProtection extends Protection {
  qualified: boolean
}

/** The standalone protections the head version states anywhere, by kind. */
export type HeadProtections = Map<ProtectionKind, StatedProtection[]>

// "If you opt out, we do not …", "have not sold … in the preceding 12 months", "for Paid Services":
// a promise that holds only sometimes, or held only before, does not restate one that always held.
const QUALIFIED =
  /(?<![\p{L}])(?:if|unless|when|whenever|once|after you|in (?:such a|such|that|this|which) case|in the case|where you|provided that|subject to|only (?:for|if|when|where|applies)|(?:have|has|had|did) not|in the (?:preceding|past|previous|last)|during the (?:preceding|past|previous|last)|prior to|until)(?![\p{L}])/u

function qualified(side: AnalysedSide, i: number, p: Protection): boolean {
  const reading = side.facts(i).reading
  const scope = segmentAt(reading, p.span.start)
  return QUALIFIED.test(reading.text.slice(reading.contextLength, scope.end))
}

export function headProtections(head: AnalysedSide): HeadProtections {
  const byKind: HeadProtections = new Map()
  head.clauses.forEach((_, i) => {
    for (const p of head.facts(i).protections) {
      const stated = { ...p, qualified: qualified(head, i, p) }
      const list = byKind.get(p.kind)
      if (list) list.push(stated)
      else byKind.set(p.kind, [stated])
    }
  })
  return byKind
}

function survivingSibling(base: AnalysedSide, j: number, alignment: Alignment): number | undefined {
  for (const k of base.blockSiblings(j)) {
    const counterpart = alignment.baseSame[k] ?? alignment.basePair[k]
    if (k !== j && counterpart !== undefined) return counterpart
  }
  return undefined
}

/** Restated: the same kind of commitment, about the same content or data (or about all of it). */
function restated(p: Protection, wasQualified: boolean, head: HeadProtections): boolean {
  return (head.get(p.kind) ?? []).some(
    (h) => (wasQualified || !h.qualified) && (p.classes.length === 0 || h.classes.length === 0 || h.classes.some((c) => p.classes.includes(c))),
  )
}

/**
 * Protective commitments of a changed or deleted base clause that the head version no longer
 * makes. A standalone commitment ("we do not sell your data") stands if it is restated anywhere
 * in the head document; a qualifier of a grant or use ("solely to provide the Service") stands
 * only if the same clause, or its paragraph, keeps it.
 */
export function compareProtections(
  base: AnalysedSide,
  head: AnalysedSide,
  j: number,
  alignment: Alignment,
  headKinds: HeadProtections,
  removedWeight: number,
): DraftFinding | undefined {
  const facts = base.facts(j)
  if (facts.protections.length === 0) return undefined
  const pair = alignment.basePair[j]
  // The head paragraph that stands where this clause stood: its pair's, or a surviving sibling's.
  const anchor = pair ?? survivingSibling(base, j, alignment)
  const localKinds: ReadonlySet<string> = anchor !== undefined ? head.blockProtectionKinds(anchor) : new Set<ProtectionKind>()
  const gone = facts.protections.filter((p) => {
    // A qualifier whose whole paragraph was deleted went with the grant it qualified.
    if (p.local) return anchor !== undefined && !localKinds.has(p.kind)
    return !restated(p, qualified(base, j, p), headKinds)
  })
  if (gone.length === 0) return undefined
  const describe = (labels: readonly string[]): string =>
    pair !== undefined
      ? `Protection removed: the new version of this clause drops the ${labels.join('; ')}, and the document does not restate it elsewhere.`
      : `Protection removed: this text (${labels.join('; ')}) was deleted and the new version does not restate it.`
  return {
    category: 'removed-protection',
    side: 'before',
    rule: 'builtin/removed-protection',
    clauseIndex: j,
    added: gone.map((p) => ({ label: PROTECTION_LABELS[p.kind], span: p.span })),
    score: removedWeight + (gone.some((p) => p.kind === 'no-ai-training') ? 1 : 0),
    describe,
    sideData: base,
    ...(pair !== undefined ? { previous: head.clause(pair) } : {}),
  }
}
