import type { Block } from './blocks.js'
import { MappedText } from './source-map.js'

const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t]))+[ \t]*/

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
