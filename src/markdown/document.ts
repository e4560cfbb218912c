import { extractBlocks } from './blocks.js'
import { extractClauses, type Clause } from './clauses.js'
import { parseMarkdown } from './parse.js'
import { LineIndex } from './source-map.js'

/** A parsed terms document: its source, a line index and its clauses in reading order. */
export interface TermsDocument {
  /** The text as parsed (without a byte-order mark). */
  source: string
  lines: LineIndex
  clauses: Clause[]
}

/** Strips a UTF-8 byte-order mark; line endings stay as they are so line numbers match the file. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** Parses Markdown text into clauses that point back at their source lines. */
export function parseDocument(text: string): TermsDocument {
  const source = stripBom(text)
  const lines = new LineIndex(text, text.length - source.length)
  const tree = parseMarkdown(source)
  const blocks = extractBlocks(tree, source)
  return { source, lines, clauses: extractClauses(blocks, lines) }
}
