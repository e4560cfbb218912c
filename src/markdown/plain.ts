import type { Block } from './blocks.js'
import { MappedText } from './source-map.js'

/** Deeper than this, Markdown is read as plain paragraphs: no terms document nests so deep. */
export const MAX_NESTING = 32

const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t]))+[ \t]*/

/**
 * How deeply a document nests block quotes and lists, estimated from line prefixes: a deeply
 * nested document costs the Markdown parser time quadratic in its depth, and can overflow its stack.
 */
export function nestingDepth(source: string): number {
  let max = 0
  let start = 0
  while (start < source.length) {
    let end = source.indexOf('\n', start)
    if (end === -1) end = source.length
    let quotes = 0
    let indent = 0
    let i = start
    for (; i < end; i++) {
      const c = source[i]
      if (c === '>') quotes++
      else if (c === ' ') indent++
      else if (c === '\t') indent += 4
      else break
    }
    max = Math.max(max, quotes + Math.floor(indent / 2))
    start = end + 1
  }
  return max
}

/**
 * Reads a document as plain paragraphs — runs of non-blank lines, container markers stripped —
 * keeping every character's source offset. The fallback when the Markdown parser cannot be used.
 */
export function plainBlocks(source: string): Block[] {
  const blocks: Block[] = []
  let current: MappedText | undefined
  const flush = (): void => {
    const text = current?.trimmed()
    if (text && text.length > 0) blocks.push({ id: blocks.length, kind: 'paragraph', text, headingPath: [], depth: 0, listed: false, footnoteRefs: [] })
    current = undefined
  }
  let start = 0
  while (start <= source.length) {
    let end = source.indexOf('\n', start)
    if (end === -1) end = source.length
    const line = source.slice(start, end)
    if (line.trim() === '') flush()
    else {
      const prefix = CONTAINER_PREFIX.exec(line)?.[0].length ?? 0
      current ??= new MappedText()
      current.push(' ', start)
      current.pushAligned(line.slice(prefix), source, start + prefix, end)
    }
    if (end === source.length) break
    start = end + 1
  }
  flush()
  return blocks
}
