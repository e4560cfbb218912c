/** Word-level comparison of two clauses: which words of each are not in their longest common subsequence. */

export interface Token {
  /** The word as compared: lower case, British spellings folded to American. */
  word: string
  start: number
  end: number
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:['’][\p{L}]+)?/gu

// Spelling variants that change no meaning; folded so "licence" → "license" is not an edit.
const SPELLING: Array<[RegExp, string]> = [
  [/^licen[cs](e|es|ed|ing|or|ee|ees)$/, 'licens$1'],
  [/^(\p{L}{3,})is(e|es|ed|ing|ation|ations)$/u, '$1iz$2'],
  [/^(\p{L}{2,})our(s|ed|ing)?$/u, '$1or$2'],
]

export function normaliseWord(word: string): string {
  // "sub-licensable" and "sublicensable", "world-wide" and "worldwide" are one word.
  let w = word.toLowerCase().replace(/’/g, "'").replace(/-/g, '')
  for (const [re, to] of SPELLING) if (re.test(w)) return w.replace(re, to)
  if (w === 'programme') w = 'program'
  // Singular and plural name the same thing for "is it already there?"; number changes are not edits.
  if (w.length > 4 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1)
  return w
}

export function tokenize(text: string): Token[] {
  const out: Token[] = []
  WORD.lastIndex = 0
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) out.push({ word: normaliseWord(m[0]), start: m.index, end: m.index + m[0].length })
  return out
}

/** Past this many cells the comparison falls back to word presence, to stay linear on giant clauses. */
const MAX_CELLS = 400_000

export interface WordDiff {
  /** For each base token: not kept in the head. */
  deleted: boolean[]
  /** For each head token: not in the base. */
  inserted: boolean[]
}

export function diffWords(base: readonly Token[], head: readonly Token[]): WordDiff {
  const n = base.length
  const m = head.length
  if (n * m > MAX_CELLS) {
    const inBase = new Set(base.map((t) => t.word))
    const inHead = new Set(head.map((t) => t.word))
    return { deleted: base.map((t) => !inHead.has(t.word)), inserted: head.map((t) => !inBase.has(t.word)) }
  }
  const width = m + 1
  const table = new Uint16Array((n + 1) * width)
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        base[i]?.word === head[j]?.word ? (table[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0)
    }
  }
  const deleted = new Array<boolean>(n).fill(true)
  const inserted = new Array<boolean>(m).fill(true)
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (base[i]?.word === head[j]?.word) {
      deleted[i] = false
      inserted[j] = false
      i++
      j++
    } else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) i++
    else j++
  }
  return { deleted, inserted }
}

/** Runs of changed tokens as [first, last] token indices. */
export function runs(changed: readonly boolean[]): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let start = -1
  changed.forEach((c, k) => {
    if (c && start < 0) start = k
    if (!c && start >= 0) {
      out.push([start, k - 1])
      start = -1
    }
  })
  if (start >= 0) out.push([start, changed.length - 1])
  return out
}
