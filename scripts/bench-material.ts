import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { splitChunks } from '../src/markdown/chunks.js'

/** A before/after pair of one document. */
export interface Pair {
  before: string
  after: string
}

/** Bytes of both sides. */
export const sizeOf = (p: Pair): number => Buffer.byteLength(p.before) + Buffer.byteLength(p.after)

/** The labelled revisions of the corpus, in name order. */
export function corpusPairs(dir: string): Pair[] {
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'before.md')))
    .sort()
    .map((d) => ({ before: readFileSync(join(dir, d, 'before.md'), 'utf8'), after: readFileSync(join(dir, d, 'after.md'), 'utf8') }))
}

/**
 * Cuts real revisions into pieces of about `unit` bytes per side, each cut made before a chunk of
 * text both versions share, so that every piece is itself a genuine before/after pair. Corpus
 * documents run from 4 kB to 650 kB: pieces of one size let a benchmark compare sizes, not
 * documents.
 */
export function slice(pairs: readonly Pair[], unit: number): Pair[] {
  const pieces: Pair[] = []
  for (const { before, after } of pairs) {
    const afterAt = new Map<string, number[]>()
    for (const c of splitChunks(after)) {
      const text = after.slice(c.start, c.end)
      afterAt.set(text, [...(afterAt.get(text) ?? []), c.start])
    }
    let x = 0
    let y = 0
    for (const c of splitChunks(before)) {
      if (c.start - x < unit) continue
      const at = afterAt.get(before.slice(c.start, c.end))?.find((o) => o > y)
      if (at === undefined) continue
      pieces.push({ before: before.slice(x, c.start), after: after.slice(y, at) })
      x = c.start
      y = at
    }
    pieces.push({ before: before.slice(x), after: after.slice(y) })
  }
  return pieces
}

/**
 * Consecutive pieces joined into documents of about `size` bytes per side, as many as the
 * material gives: every size is measured over the same text, so only size differs.
 */
export function documents(pieces: readonly Pair[], size: number): Pair[] {
  const out: Pair[] = []
  let current: Pair = { before: '', after: '' }
  for (const p of pieces) {
    current = { before: `${current.before}${p.before}\n\n`, after: `${current.after}${p.after}\n\n` }
    if (current.before.length >= size * 0.95) {
      out.push(current)
      current = { before: '', after: '' }
    }
  }
  if (current.before.length >= size * 0.5) out.push(current)
  return out
}
