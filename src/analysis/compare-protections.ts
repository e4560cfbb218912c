import type { Alignment } from './align.js'
import type { DraftFinding } from './draft.js'
import { namesRecipient, PROTECTION_LABELS, type Protection, type ProtectionKind } from './protections.js'
import { isNegated, restrictsUser, segmentAt } from './reading.js'
import type { AnalysedSide } from './side.js'
import { findAll } from './text.js'
import { tokenize } from './word-diff.js'

/** A protection with whether it holds only under a condition or only for the past. */
export interface StatedProtection extends Protection {
  qualified: boolean
  /** For a promise not to share: the words naming whom it covers ("advertisers", "data brokers"). */
  recipients: ReadonlySet<string>
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
  // From the start of the sentence, or of the table cell: another cell's "when" qualifies that cell only.
  const cell = reading.text.lastIndexOf(' | ', p.span.start)
  return QUALIFIED.test(reading.text.slice(Math.max(reading.contextLength, cell + 1), scope.end))
}

// Where the list of recipients ends: "… with advertisers or data brokers for their own marketing".
const RECIPIENTS_END = /(?<![\p{L}])(?:for|unless|except|so|to|in|without|if|when|as|who|that|which|because)(?![\p{L}])/u

function recipientWords(side: AnalysedSide, i: number, p: Protection): ReadonlySet<string> {
  if (p.kind !== 'no-sharing') return new Set()
  const reading = side.facts(i).reading
  const scope = segmentAt(reading, p.span.start)
  const [named] = findAll(reading.lexicon.grammar.shareRecipient, reading.text, p.span.end, scope.end)
  if (!named) return new Set()
  const rest = reading.text.slice(named.end, scope.end)
  const stop = RECIPIENTS_END.exec(rest)
  const words = tokenize(stop ? rest.slice(0, stop.index) : rest).map((t) => t.word.replace(/s$/, ''))
  return new Set(words.filter((w) => w.length >= 4))
}

/** Recipients a promise not to share named that no promise of the head version names: "advertisers" dropped from the list. */
function droppedRecipients(base: AnalysedSide, j: number, p: Protection, head: HeadProtections): string[] {
  const before = recipientWords(base, j, p)
  if (before.size === 0) return []
  const after = new Set((head.get('no-sharing') ?? []).filter((h) => !h.qualified).flatMap((h) => [...h.recipients]))
  if (after.size === 0) return []
  return [...before].filter((w) => !after.has(w))
}

export function headProtections(head: AnalysedSide): HeadProtections {
  const byKind: HeadProtections = new Map()
  head.clauses.forEach((_, i) => {
    for (const p of head.facts(i).protections) {
      const stated = { ...p, qualified: qualified(head, i, p), recipients: recipientWords(head, i, p) }
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
 * The head clauses that stand where base clause `j` stood: its pair, and the new clauses between
 * the nearest clauses both versions share.
 */
function replacements(base: AnalysedSide, head: AnalysedSide, j: number, alignment: Alignment): number[] {
  const out = new Set<number>()
  const pair = alignment.basePair[j]
  if (pair !== undefined) out.add(pair)
  const kept = (k: number): number | undefined => alignment.baseSame[k] ?? alignment.basePair[k]
  let lo = -1
  for (let k = j - 1; k >= 0 && lo < 0; k--) lo = kept(k) ?? -1
  let hi = head.clauses.length
  for (let k = j + 1; k < base.clauses.length; k++) {
    const h = kept(k)
    if (h !== undefined) {
      hi = h
      break
    }
  }
  if (hi > lo && hi - lo <= 8) {
    for (let i = lo + 1; i < hi; i++) if (alignment.headSame[i] === undefined && alignment.headPair[i] === undefined) out.add(i)
  }
  return [...out]
}

/** The head clause now says the company does what the promise ruled out: sells, shares with others, trains. */
function affirms(head: AnalysedSide, i: number, kind: ProtectionKind): boolean {
  const facts = head.facts(i)
  const { reading } = facts
  const { text, lexicon } = reading
  const from = reading.contextLength
  const open = (start: number): boolean => !isNegated(reading, start) && !restrictsUser(reading, start)
  if (kind === 'no-ai-training') return facts.aiPermissions.length > 0
  const inScope = (start: number, what: RegExp): boolean => {
    const scope = segmentAt(reading, start)
    return findAll(what, text, scope.start, scope.end).length > 0
  }
  if (kind === 'no-sale') return findAll(lexicon.sale, text, from).some((v) => open(v.start) && inScope(v.start, lexicon.dataObjects))
  if (kind === 'no-sharing') {
    return findAll(lexicon.share, text, from).some(
      (v) => open(v.start) && inScope(v.start, lexicon.dataObjects) && (inScope(v.start, lexicon.thirdParties) || namesRecipient(reading, v, segmentAt(reading, v.start))),
    )
  }
  return false
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
  let standIns: number[] | undefined
  let contradicted = false
  const narrowed: string[] = []
  const gone = facts.protections.filter((p) => {
    // A qualifier whose whole paragraph was deleted went with the grant it qualified.
    if (p.local) {
      if (anchor === undefined || localKinds.has(p.kind)) return false
      // Prose turned into a table or list of the licence's terms keeps the limit in another block.
      standIns ??= replacements(base, head, j, alignment)
      return !standIns.some((i) => head.facts(i).protections.some((q) => q.kind === p.kind))
    }
    if (!restated(p, qualified(base, j, p), headKinds)) return true
    const dropped = droppedRecipients(base, j, p, headKinds)
    if (dropped.length > 0) {
      narrowed.push(...dropped)
      return true
    }
    // "We do not sell …" replaced by "… may constitute a sale": a promise said elsewhere does not survive its contradiction here.
    standIns ??= replacements(base, head, j, alignment)
    const against = standIns.some((i) => affirms(head, i, p.kind))
    contradicted ||= against
    return against
  })
  if (gone.length === 0) return undefined
  const describe = (labels: readonly string[]): string =>
    narrowed.length > 0
      ? `Protection narrowed: the ${labels.join('; ')} no longer names ${narrowed.map((w) => `"${w}"`).join(', ')} among those it will not share with, and no other promise in the document does.`
      : contradicted
      ? `Protection removed: the ${labels.join('; ')} is replaced here by wording that allows what it ruled out; a similar promise elsewhere in the document does not cover this text.`
      : pair !== undefined
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
