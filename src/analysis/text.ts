import type { MakeRegExp } from './letters.js'

/** A [start, end) range of characters in a clause's reading text. */
export interface Span {
  start: number
  end: number
}

const FOLD: Record<string, string> = {
  '’': "'", '‘': "'", '‛': "'", '′': "'", '`': "'", '´': "'",
  '“': '"', '”': '"', '„': '"', '″': '"',
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ',
}

const FOLD_RE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g')

/**
 * The text patterns are matched against: lower case, straight quotes, plain hyphens.
 * Every character maps to exactly one character, so match offsets are offsets in the clause.
 */
export function foldForMatching(text: string): string {
  const lower = text.toLowerCase()
  // Lower-casing keeps the length for all but a few characters (e.g. "İ"): then fold in one pass.
  if (lower.length === text.length) return lower.replace(FOLD_RE, (c) => FOLD[c] ?? c)
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? ''
    const folded = FOLD[ch]
    if (folded !== undefined) {
      out += folded
      continue
    }
    const lower = ch.toLowerCase()
    out += lower.length === 1 ? lower : ch
  }
  return out
}

const WORD_START = '(?<![\\p{L}\\p{N}])'
const WORD_END = '(?![\\p{L}\\p{N}])'

/** Compiles phrase patterns into one regular expression matched at word boundaries. */
export function compileAlternation(patterns: readonly string[], make: MakeRegExp = (source, flags) => new RegExp(source, flags)): RegExp {
  if (patterns.length === 0) return /$^/gu
  const body = patterns.map((p) => `(?:${p})`).join('|')
  return make(`${WORD_START}(?:${body})${WORD_END}`, 'gu')
}

/** Every non-overlapping match of `re` in `text`, as spans. */
export function findAll(re: RegExp, text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = []
  re.lastIndex = from
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++
      continue
    }
    if (m.index + m[0].length > to) break
    spans.push({ start: m.index, end: m.index + m[0].length })
  }
  return spans
}

/** The first match of `re` in `text[from, to)`, or undefined. */
export function findFirst(re: RegExp, text: string, from = 0, to = text.length): Span | undefined {
  re.lastIndex = from
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++
      continue
    }
    if (m.index + m[0].length > to) return undefined
    return { start: m.index, end: m.index + m[0].length }
  }
  return undefined
}

/** The last match of `re` that ends at or before `to`, starting at or after `from`. */
export function findLast(re: RegExp, text: string, from: number, to: number): Span | undefined {
  let last: Span | undefined
  for (const span of findAll(re, text, from, to)) last = span
  return last
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

/** The words of a text, lower-cased, letters and digits only. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

const MENU_PATH = /[\p{L}\p{N}][\p{L}\p{N} '-]{0,30}(?:\s*(?:>|→|›)\s*[\p{L}\p{N}][\p{L}\p{N} '-]{0,30})+/gu

/** "Settings > Privacy > Voice": where a menu is, whose words name screens rather than data. */
export function menuPaths(text: string): Span[] {
  return [...text.matchAll(MENU_PATH)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
}
