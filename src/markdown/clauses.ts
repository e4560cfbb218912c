import type { Block, BlockKind } from './blocks.js'
import { splitSentences } from './sentences.js'
import type { LineIndex, MappedText } from './source-map.js'

/** One sentence (or table row) of a document: the unit that is aligned, analysed and reported. */
export interface Clause {
  index: number
  blockId: number
  kind: BlockKind
  /** The sentence as plain text: inline markup and HTML stripped, whitespace collapsed. */
  text: string
  /** Source offset of every character of `text`. */
  mapped: MappedText
  startLine: number
  endLine: number
  startColumn: number
  endColumn: number
  /** The sentences ending in a colon that this clause completes, outermost first. */
  leadIn: string[]
  /** Index of the innermost lead-in clause, when there is one. */
  leadInClause?: number
  headingPath: string[]
  listed: boolean
  footnoteLabel?: string
  /** For a table row: the header cells, which frame each cell ("We won't" | …). */
  columnHeads?: string[]
  /** Alignment key: the normalised text, plus the normalised lead-in it hangs from. */
  key: string
  /** The normalised text alone. */
  norm: string
}

const LEADING_ENUMERATOR = /^(?:(?:\(?(?:[ivxlcdm]{1,6}|[a-z]{1,2}|\d{1,3})\)|(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivxlcdm]{1,6})[.)])\s+|(?:section|article|clause|§)\s*\d{1,3}(?:\.\d{1,3})*[.:]?\s+|[•·▪◦●‣⁃–—*-]\s+)+/i

/**
 * The text a change must alter to count as a change: case, punctuation, quotes, emphasis,
 * list markers and numbering are presentation, not content.
 */
export function normalizeForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(LEADING_ENUMERATOR, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Splits blocks into clauses, with line positions and lead-in context. */
// "a. …", "(ii) …", "3) …" opening a line: an item of a list Markdown does not know as one.
const ENUMERATOR = /(?<=\s)[(\[]?(?:[a-z]|[ivxlc]{1,5}|\d{1,3})[.)\]]\s+(?=\p{L})/gu

/**
 * Lettered lines inside one paragraph ("a. to verify …;\nb. to train …;") are items of a list,
 * each its own clause like the items of a Markdown list, so that one item is read apart from
 * the next and an item that is added is new text of its own.
 */
function splitAtItems(block: Block, lines: LineIndex, ranges: Array<[number, number]>): Array<[number, number]> {
  if (block.kind !== 'paragraph') return ranges
  const text = block.text.text
  const cuts: number[] = []
  ENUMERATOR.lastIndex = 0
  for (let m = ENUMERATOR.exec(text); m !== null; m = ENUMERATOR.exec(text)) {
    const at = lines.position(block.text.offsetAt(m.index))
    if (/^[ \t>]*$/.test(lines.lineText(at.line).slice(0, at.column - 1))) cuts.push(m.index)
  }
  if (cuts.length === 0) return ranges
  const out: Array<[number, number]> = []
  for (const [s, e] of ranges) {
    let start = s
    for (const cut of cuts) {
      if (cut <= start || cut >= e) continue
      out.push([start, text.slice(start, cut).trimEnd().length + start])
      start = cut
    }
    out.push([start, e])
  }
  return out.filter(([s, e]) => e > s)
}

export function extractClauses(blocks: readonly Block[], lines: LineIndex): Clause[] {
  const clauses: Clause[] = []
  const lastClauseOfBlock = new Map<number, number>()
  const blockById = new Map<number, Block>()
  for (const block of blocks) blockById.set(block.id, block)

  for (const block of blocks) {
    const text = block.text.text
    const ranges = block.kind === 'tableRow' || block.kind === 'heading' ? [[0, text.length] as [number, number]] : splitAtItems(block, lines, splitSentences(text))
    const leadIn: string[] = []
    let leadInClause: number | undefined
    for (let id = block.leadIn, depth = 0; id !== undefined && depth < 4; depth++) {
      const clauseIndex = lastClauseOfBlock.get(id)
      const leadClause = clauseIndex === undefined ? undefined : clauses[clauseIndex]
      if (leadClause) {
        leadIn.unshift(leadClause.text)
        leadInClause ??= leadClause.index
      }
      id = blockById.get(id)?.leadIn
    }
    const leadKey = leadIn.map(normalizeForMatch).join(' : ')
    for (const [s, e] of ranges) {
      const mapped = block.text.slice(s, e).trimmed()
      if (mapped.length === 0) continue
      const startOffset = mapped.offsetAt(0)
      const endOffset = mapped.offsetAt(mapped.length - 1)
      const start = lines.position(startOffset)
      const end = lines.position(endOffset)
      const norm = normalizeForMatch(mapped.text)
      const clause: Clause = {
        index: clauses.length,
        blockId: block.id,
        kind: block.kind,
        text: mapped.text,
        mapped,
        startLine: start.line,
        endLine: Math.max(start.line, end.line),
        startColumn: start.column,
        endColumn: end.column + 1,
        leadIn,
        headingPath: block.headingPath,
        listed: block.listed,
        key: leadKey ? `${leadKey} :: ${norm}` : norm,
        norm,
        ...(leadInClause !== undefined ? { leadInClause } : {}),
        ...(block.footnoteLabel !== undefined ? { footnoteLabel: block.footnoteLabel } : {}),
        ...(block.columnHeads !== undefined ? { columnHeads: block.columnHeads } : {}),
      }
      clauses.push(clause)
    }
    if (clauses.length > 0 && clauses[clauses.length - 1]?.blockId === block.id) {
      lastClauseOfBlock.set(block.id, clauses.length - 1)
    }
  }
  return clauses
}
