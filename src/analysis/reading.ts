import type { Clause } from '../markdown/clauses.js'
import type { Lexicon } from './lexicon.js'
import { findAll, foldForMatching, overlaps, type Span } from './text.js'

/**
 * A clause as it is read for analysis: its lead-in ("You agree not to:") in front of its own
 * text, folded for matching, with the scopes that negation respects.
 */
export interface Reading {
  /** Folded text: lead-in context, a space, then the clause text. */
  text: string
  /** Characters of lead-in context before the clause's own text starts. */
  contextLength: number
  boundaries: Span[]
  negators: Span[]
  restrictions: Span[]
  /** The lead-in ("You may not:", "We do not:") negates everything the clause says. */
  leadInNegated: boolean
  /** Table cells whose column header negates them ("We won't" | "Never"). */
  negatedCells?: Span[]
  lexicon: Lexicon
}

// Conditional words and the subjects a negation can have are the language's grammar
// (Grammar.conditionals, userSubjects, companySubjects), compiled in the lexicon.

export function readClause(clause: Clause, lexicon: Lexicon): Reading {
  const context = clause.leadIn.join(' ')
  const raw = context ? `${context} ${clause.text}` : clause.text
  const reading = readText(raw, context ? context.length + 1 : 0, lexicon)
  if (clause.columnHeads) {
    const cells = negatedCells(reading, clause.columnHeads)
    if (cells.length > 0) reading.negatedCells = cells
  }
  return reading
}

/** The cells of a row under a header that negates ("We will never", "Not used for"). */
function negatedCells(reading: Reading, heads: readonly string[]): Span[] {
  const out: Span[] = []
  let start = reading.contextLength
  heads.forEach((head, k) => {
    const sep = reading.text.indexOf(' | ', start)
    const end = sep < 0 ? reading.text.length : sep
    const h = readText(head, 0, reading.lexicon)
    if (h.negators.some((n) => !isConditional(h, n, head.length))) out.push({ start, end })
    start = end + 3
    if (sep < 0 && k < heads.length - 1) start = reading.text.length
  })
  return out
}

export function readText(raw: string, contextLength: number, lexicon: Lexicon): Reading {
  const text = foldForMatching(raw)
  const falseNegators = findAll(lexicon.falseNegators, text)
  const negators = findAll(lexicon.negators, text).filter((n) => !falseNegators.some((f) => overlaps(f, n)))
  const restrictions = findAll(lexicon.restrictions, text).filter((n) => !falseNegators.some((f) => overlaps(f, n)))
  const boundaries = findAll(lexicon.scopeBoundaries, text)
  const reading: Reading = { text, contextLength, boundaries, negators, restrictions, leadInNegated: false, lexicon }
  if (contextLength > 0) {
    // The lead-in's own last scope: "Except as authorised by us, you agree not to:".
    const end = Math.max(0, contextLength - 1)
    const leadEnd = text.lastIndexOf(':', end) >= 0 ? text.lastIndexOf(':', end) : end
    const scope = segmentAt(reading, Math.max(0, leadEnd - 1))
    reading.leadInNegated =
      negators.some((n) => n.start >= scope.start && n.end <= leadEnd && !isConditional(reading, n, leadEnd)) ||
      restrictions.some((r) => r.start >= scope.start && r.end <= leadEnd)
  }
  return reading
}

/** The scope (between boundaries such as ";", "but", "except") that contains `position`. */
export function segmentAt(reading: Reading, position: number): Span {
  let start = 0
  let end = reading.text.length
  for (const b of reading.boundaries) {
    if (b.end <= position && b.end > start) start = b.end
    if (b.start >= position && b.start < end) end = b.start
  }
  return { start, end }
}

/** "If you do not opt out, we may …": a negator inside a condition negates the condition only. */
function isConditional(reading: Reading, negator: Span, target: number): boolean {
  const scope = segmentAt(reading, negator.start)
  const before = reading.text.slice(scope.start, negator.start)
  if (!reading.lexicon.grammar.conditional.test(before)) return false
  // "Because they are encrypted, we cannot read them, and we do not use …": a comma after the
  // condition's word closes it before the negator, which belongs to the main clause.
  const last = findAll(reading.lexicon.grammar.conditionals, before).pop()
  if (last && before.slice(last.end).includes(',')) return false
  return reading.text.slice(negator.end, target).includes(',')
}

// "files that do not show", and in the perfect, "requests that you have not deleted".
const RELATIVE = /(?<![\p{L}])(?:that|which|who)(?: (?:do|does|did|have|has|had|are|is|was|were|will|would|can|could|may|might|should)| (?:you|we|they|users?|members?) (?:have|has|had))? $/u
const RELATIVE_END = /,|(?<![\p{L}])(?:to|for|and (?:we|to)|may|will|can|are|is)(?![\p{L}])/u

/**
 * "Files that do not show anyone's face, … to train": the negator qualifies the noun, inside a
 * relative clause that ends before the statement does, and negates nothing outside it.
 */
function inRelativeClause(reading: Reading, negator: Span, position: number): boolean {
  const scope = segmentAt(reading, negator.start)
  const before = reading.text.slice(Math.max(scope.start, negator.start - 40), negator.start)
  if (!RELATIVE.test(before)) return false
  return RELATIVE_END.test(reading.text.slice(negator.end, position))
}

/** Whether the statement at `position` is negated or prohibited. */
export function isNegated(reading: Reading, position: number): boolean {
  if (position >= reading.contextLength && reading.leadInNegated) return true
  if (reading.negatedCells?.some((c) => position >= c.start && position < c.end)) return true
  const scope = segmentAt(reading, position)
  for (const n of reading.negators) {
    if (n.start < scope.start || n.end > position) continue
    if (isConditional(reading, n, position)) continue
    if (inRelativeClause(reading, n, position)) continue
    return true
  }
  for (const r of reading.restrictions) {
    if (r.start >= scope.start && r.end <= position) return true
  }
  if (postNegated(reading, position, scope)) return true
  const after = reading.text.slice(position, scope.end)
  return /(?:is|are|be|being) (?:not|never|strictly)? ?(?:permitted|allowed|authori[sz]ed|prohibited|forbidden)|(?:is|are) prohibited|not permitted/.test(after) &&
    /(?:not|never|prohibited|forbidden)/.test(after)
}

/**
 * "Wir verkaufen Ihre Daten nicht": in languages that put the negator after the verb, the
 * statement at `position` is negated by one that follows it in its scope, up to the next comma
 * (which opens a subordinate clause that the negator would belong to instead).
 */
function postNegated(reading: Reading, position: number, scope: Span): boolean {
  const re = reading.lexicon.grammar.postNegator
  if (!re) return false
  // ", Versicherungsmakler oder Arbeitgeber findet nicht statt": a comma inside a list opens no clause.
  let comma = reading.text.indexOf(',', position)
  while (comma >= 0 && comma < scope.end && reading.lexicon.grammar.listComma.test(reading.text.slice(comma, comma + 120))) comma = reading.text.indexOf(',', comma + 1)
  const end = comma >= 0 && comma < scope.end ? comma : scope.end
  return findAll(re, reading.text, position, end).length > 0
}

/**
 * Whether a negated statement restricts the user ("you may not scrape … to train") rather than
 * the company ("we do not use your content to train").
 */
export function restrictsUser(reading: Reading, position: number): boolean {
  const scope = position >= reading.contextLength && reading.leadInNegated ? { start: 0, end: position } : segmentAt(reading, position)
  const before = reading.text.slice(scope.start, position)
  const lastUser = lastMatch(reading.lexicon.grammar.userSubject, before)
  const lastCompany = lastMatch(reading.lexicon.grammar.companySubject, before)
  return lastUser > lastCompany
}

function lastMatch(re: RegExp, text: string): number {
  let last = -1
  re.lastIndex = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) last = m.index
  return last
}
