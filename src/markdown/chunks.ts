import { startsWithEnumerator } from './blocks.js'

/**
 * Splitting a Markdown document into chunks that parse the same alone as in the whole document,
 * so that unchanged prose can be skipped and the rest parsed piece by piece.
 *
 * A chunk ends before a blank line followed by a line that must start a new top-level block: at
 * column 0, not a list item or enumerator (a list can continue past a blank line), not after a
 * line ending in a colon (a lead-in and the list it introduces stay together), and not inside
 * front matter, a fenced code block or an HTML block that spans blank lines.
 */
export interface Chunk {
  start: number
  end: number
}

const LIST_OR_ENUMERATOR = /^(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|\((?:[ivxlcdm]{1,6}|[a-z]{1,2}|\d{1,3})\)|(?:[ivxlcdm]{1,6}|[a-z])[.)][ \t])/i
const FENCE = /^ {0,3}(`{3,}|~{3,})/
const HTML_OPEN: ReadonlyArray<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
]

/** The start of a line roughly as its block's text will read: markup, tags and link targets gone. */
function plainStart(line: string): string {
  return line
    .replace(/<[^>\n]*>/g, '')
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, '')
    .replace(/\]\([^)\n]*\)/g, '')
    .replace(/&(?:nbsp|#160|#xa0);/gi, ' ')
    .replace(/[*_~`\\[\]]/g, '')
    .trimStart()
}

function endsWithColon(line: string): boolean {
  return /[:：]\s*(?:[-–—]\s*)?$/.test(line.replace(/<[^>\n]*>/g, '').replace(/[*_~`\\]+/g, '').trimEnd())
}

/**
 * A line that surely starts a block reading nothing from the blocks before it. A lead-in ending
 * in a colon carries over to list items, enumerated paragraphs ("**(b)** …"), tables, code and
 * past blocks with no text (images, comments, link definitions): before those, never split.
 */
function startsFreshBlock(line: string): boolean {
  if (LIST_OR_ENUMERATOR.test(line) || /^(?:\||<|\[[^\]\n]+\]:)/.test(line) || line.includes('|') || FENCE.test(line)) return false
  const plain = plainStart(line)
  return plain !== '' && !startsWithEnumerator(plain)
}

export function splitChunks(source: string): Chunk[] {
  const chunks: Chunk[] = []
  let chunkStart = 0
  let fence: string | undefined
  let htmlEnd: RegExp | undefined
  let frontMatter: string | undefined
  let previousBlank = false
  let lastNonBlank = ''
  let lineStart = 0
  let first = true
  while (lineStart < source.length) {
    let lineEnd = source.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = source.length
    const line = source.slice(lineStart, lineEnd).replace(/\r$/, '')
    const blank = line.trim() === ''
    if (first && (line === '---' || line === '+++')) {
      frontMatter = line
    } else if (frontMatter !== undefined) {
      if (line === frontMatter || (frontMatter === '---' && line === '...')) frontMatter = undefined
    } else if (fence !== undefined) {
      const close = FENCE.exec(line)
      if (close?.[1] && close[1][0] === fence[0] && close[1].length >= fence.length && line.trim() === close[1]) fence = undefined
    } else if (htmlEnd !== undefined) {
      if (htmlEnd.test(line)) htmlEnd = undefined
    } else {
      const startsBlock = !blank && previousBlank && !/^[ \t]/.test(line) && startsFreshBlock(line) && !endsWithColon(lastNonBlank)
      if (startsBlock && lineStart > chunkStart) {
        chunks.push({ start: chunkStart, end: lineStart })
        chunkStart = lineStart
      }
      const opened = FENCE.exec(line)
      if (opened?.[1]) fence = opened[1]
      else {
        for (const [open, close] of HTML_OPEN) {
          if (open.test(line)) {
            if (!close.test(line.replace(open, ''))) htmlEnd = close
            break
          }
        }
      }
    }
    if (!blank) lastNonBlank = line
    previousBlank = blank
    first = false
    lineStart = lineEnd + 1
  }
  if (chunkStart < source.length) chunks.push({ start: chunkStart, end: source.length })
  return chunks
}

const LINK_DEFINITION = /^ {0,3}\[([^\]\n]{1,999})\]:[ \t]*\S.*$/gm
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^([^\]\n\s]{1,999})\]:/gm

/**
 * What a chunk needs from the rest of its document to parse as it does there: stub link and
 * footnote definitions, so that references resolve (definitions never become clauses).
 */
export function definitionsContext(source: string): string {
  const links = new Set<string>()
  const notes = new Set<string>()
  for (const m of source.matchAll(LINK_DEFINITION)) if (!m[1]?.startsWith('^')) links.add(m[1] ?? '')
  for (const m of source.matchAll(FOOTNOTE_DEFINITION)) notes.add(m[1] ?? '')
  if (links.size === 0 && notes.size === 0) return ''
  return `\n\n${[...links].map((l) => `[${l}]: #`).join('\n')}\n\n${[...notes].map((n) => `[^${n}]: .`).join('\n\n')}\n`
}
