import { extractBlocks, type Block } from './blocks.js'
import { extractClauses, type Clause } from './clauses.js'
import { parseMarkdown } from './parse.js'
import { MAX_NESTING, nestingDepth, plainBlocks } from './plain.js'
import { LineIndex } from './source-map.js'

/** A parsed terms document: its source, a line index and its clauses in reading order. */
export interface TermsDocument {
  /** The text as parsed (without a byte-order mark). */
  source: string
  lines: LineIndex
  clauses: Clause[]
  /** How the document had to be read, when not as usual. */
  notes: string[]
}

/** Strips a UTF-8 byte-order mark; line endings stay as they are so line numbers match the file. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** Parses Markdown text into clauses that point back at their source lines. */
export function parseDocument(text: string): TermsDocument {
  const source = stripBom(text)
  const lines = new LineIndex(text, text.length - source.length)
  const notes: string[] = []
  let blocks: Block[]
  const depth = nestingDepth(source)
  if (depth > MAX_NESTING) {
    notes.push(`block quotes or lists nest ${depth} levels deep; the document was read as plain paragraphs`)
    blocks = plainBlocks(source)
  } else {
    try {
      blocks = extractBlocks(parseMarkdown(source), source)
    } catch (error) {
      notes.push(`the Markdown could not be parsed (${error instanceof Error ? error.message : String(error)}); the document was read as plain paragraphs`)
      blocks = plainBlocks(source)
    }
  }
  return { source, lines, clauses: extractClauses(blocks, lines), notes }
}
