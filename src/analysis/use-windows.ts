import type { Term } from './grants.js'
import { isNegated } from './reading.js'
import type { AnalysedSide } from './side.js'
import { findAll, type Span } from './text.js'
import { tokenize } from './word-diff.js'

/*
 * Where the old (or new) text already says something: the words around a clause, the clauses
 * that say a phrase, and whether they say it outside a negation and about the same thing.
 * Phrases are normalised words (word-diff.ts), space-padded.
 */

/** The words of one version around clause `j`: what the other may restate, or where a limit may have moved. */
export function baseWindow(base: AnalysedSide, j: number, reach: number): string {
  return windowText(base, windowIndices(base, j, reach))
}

export function windowText(side: AnalysedSide, indices: readonly number[]): string {
  const parts: string[] = []
  for (const k of indices) parts.push(...tokenize(side.clause(k).text).map((t) => t.word))
  return ` ${parts.join(' ')} `
}

export function windowIndices(base: AnalysedSide, j: number, reach: number): number[] {
  const from = Math.max(0, j - reach)
  const to = Math.min(base.clauses.length - 1, j + reach)
  const indices = new Set<number>()
  for (let k = from; k <= to; k++) indices.add(k)
  for (const k of base.blockSiblings(j)) indices.add(k)
  // A table is read as a whole: a transposed or re-sorted table keeps its words, not its rows.
  if (base.clause(j).kind === 'tableRow') {
    for (let k = j - 1; k >= 0 && k > j - 80 && base.clause(k).kind === 'tableRow'; k--) indices.add(k)
    for (let k = j + 1; k < base.clauses.length && k < j + 80 && base.clause(k).kind === 'tableRow'; k++) indices.add(k)
  }
  return [...indices].sort((a, b) => a - b)
}

export function phrase(text: string, span: Span): string {
  return ` ${tokenize(text.slice(span.start, span.end)).map((t) => t.word).join(' ')} `
}


export function count(haystack: string, words: string): number {
  let n = 0
  for (let at = haystack.indexOf(words); at >= 0; at = haystack.indexOf(words, at + 1)) n++
  return n
}

/**
 * Whether the old version already allowed what the words name: they appear in it, and not only
 * under a negation ("we do not sell …" does not make a new "we sell …" old news).
 */
export function permittedBefore(base: AnalysedSide, baseText: string, words: string, objects: readonly Term[]): boolean {
  if (!present(baseText, words)) return false
  return saidWithout(base, clausesSaying(base, words), words, objects)
}

/**
 * Whether clauses `indices` of the old version say the words outside a negation, about the same
 * kind of thing when the new clause names one ("any purpose" for Feedback is not "any purpose"
 * for personal data). Words found in no parsed clause count as said (they were in unread text).
 */
export function saidWithout(base: AnalysedSide, indices: readonly number[], words: string, objects: readonly Term[]): boolean {
  const needle = words.trim()
  const classes = new Set(objects.map((o) => o.id))
  let seen = false
  for (const k of indices) {
    if (!base.clause(k).text.toLowerCase().includes(needle.split(' ')[0] ?? needle)) continue
    const facts = base.facts(k)
    const at = facts.reading.text.indexOf(needle)
    if (at < 0) continue
    seen = true
    if (isNegated(facts.reading, at)) continue
    if (classes.size === 0 || facts.objects.length === 0 || facts.objects.some((o) => classes.has(o.id))) return true
  }
  return !seen
}

/**
 * Whether the old version already named the thing in the same kind of statement: as something
 * trained on (for an AI use) or licensed (for a grant). Named nearby in another role — "we do not
 * use Reference Uploads for training", "Reference Uploads are used only to …" — it is new here.
 */
export function framedBefore(base: AnalysedSide, words: string, ai: boolean): boolean {
  const framed = (k: number): boolean => {
    const facts = base.facts(k)
    return ai ? facts.aiPermissions.length > 0 : facts.grant !== undefined
  }
  return clausesSaying(base, words).some(
    (k) =>
      framed(k) ||
      // "Customer Materials" means the Input, the Output …: a grant or AI use of the term already covered them.
      base.facts(k).definitions.some((d) => clausesSaying(base, ` ${tokenize(d.term).map((t) => t.word).join(' ')} `).some((m) => m !== k && framed(m))),
  )
}

const wordsCache = new WeakMap<AnalysedSide, string[]>()

/**
 * The clauses whose words include `words` (normalised, space-padded). Only these are read for
 * facts, so a large document is not read whole for one lookup.
 */
export function clausesSaying(side: AnalysedSide, words: string): number[] {
  let texts = wordsCache.get(side)
  if (!texts) {
    texts = side.clauses.map((c) => ` ${tokenize(c.text).map((t) => t.word).join(' ')} `)
    wordsCache.set(side, texts)
  }
  const out: number[] = []
  texts.forEach((t, k) => {
    if (t.includes(words)) out.push(k)
  })
  return out
}

export const SAME_TERM_GROUPS = new Set(['recipient', 'purpose', 'sale', 'right', 'attribute', 'broadener'])

export function entrySaid(base: AnalysedSide, indices: readonly number[], re: RegExp): boolean {
  return indices.some((k) => {
    const reading = base.facts(k).reading
    return findAll(re, reading.text, reading.contextLength).some((m) => !isNegated(reading, m.start))
  })
}

/** Presence that ignores spacing and hyphens: "third-parties" restates "third parties". */
export function present(haystack: string, words: string): boolean {
  if (haystack.includes(words)) return true
  // Only a phrase can be written run together ("third parties" / "thirdparties"); a word is compared whole.
  return words.trim().includes(' ') && haystack.replace(/ /g, '').includes(words.replace(/ /g, ''))
}
