/**
 * Bounds on the shapes that make the Markdown parser slow, checked on the text before parsing.
 * The parser's cost grows with the square of nesting (lists opened on one line by "- - - …"
 * included) and, in one paragraph, with the number of emphasis, strikethrough and link markers:
 * ten thousand of either on one 16 kB line cost minutes. A count is deterministic where a clock
 * is not, so the bound is a count: no terms document comes near it.
 */

/** Deeper than this, Markdown is read as plain paragraphs. */
export const MAX_NESTING = 32
/** More markers than this in one paragraph (run of non-blank lines). */
export const MAX_PARAGRAPH_MARKERS = 2_000
/** More markers than this in the whole document. */
export const MAX_DOCUMENT_MARKERS = 50_000

// A line of only "-", "*" or "_" (three or more, spaces between) is a thematic break, not lists.
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
// A run of emphasis or strikethrough characters is one delimiter; every bracket, "<" or code tick run counts.
const MARKER = /[*_~]+|[[\]<]|`+/g

/** Why `source` must not be given to the Markdown parser, or undefined when it may be. */
export function shapeProblem(source: string): string | undefined {
  const depth = nestingDepth(source)
  if (depth > MAX_NESTING) return `block quotes or lists nest ${depth} levels deep`
  const markers = markerCounts(source)
  if (markers.paragraph > MAX_PARAGRAPH_MARKERS) return `one paragraph holds ${markers.paragraph} emphasis, link or code markers (more than ${MAX_PARAGRAPH_MARKERS})`
  if (markers.total > MAX_DOCUMENT_MARKERS) return `the document holds ${markers.total} emphasis, link or code markers (more than ${MAX_DOCUMENT_MARKERS})`
  return undefined
}

/**
 * How deeply a document nests block quotes and lists, from line prefixes: ">" and indentation,
 * and list markers followed by a space ("- ", "* ", "+ ", "1. ", "1) "), which open a list each
 * even on one line.
 */
export function nestingDepth(source: string): number {
  let max = 0
  let start = 0
  while (start < source.length) {
    let end = source.indexOf('\n', start)
    if (end === -1) end = source.length
    max = Math.max(max, lineDepth(source, start, end))
    start = end + 1
  }
  return max
}

function lineDepth(source: string, start: number, end: number): number {
  let depth = 0
  let indent = 0
  let i = start
  while (i < end) {
    const c = source.charCodeAt(i)
    if (c === 0x3e /* > */) depth++
    else if (c === 0x20) indent++
    else if (c === 0x09) indent += 4
    else {
      const after = listMarkerEnd(source, i, end)
      if (after === undefined) break
      // Counted only when the line is not a thematic break ("* * *"), which opens nothing.
      if (depth === 0 && indent <= 3 && THEMATIC_BREAK.test(source.slice(start, end))) return 0
      depth++
      i = after
      continue
    }
    i++
  }
  return depth + Math.floor(indent / 2)
}

/** The index after a list marker and its space at `i`, or undefined when there is none. */
function listMarkerEnd(source: string, i: number, end: number): number | undefined {
  const c = source[i]
  let j = i
  if (c === '-' || c === '*' || c === '+') j = i + 1
  else {
    while (j < end && j - i < 9 && source.charCodeAt(j) >= 0x30 && source.charCodeAt(j) <= 0x39) j++
    if (j === i || (source[j] !== '.' && source[j] !== ')')) return undefined
    j++
  }
  const next = source[j]
  return j < end && (next === ' ' || next === '\t') ? j + 1 : undefined
}

/** Markers in the densest paragraph, and in all. */
function markerCounts(source: string): { paragraph: number; total: number } {
  let paragraph = 0
  let current = 0
  let total = 0
  let start = 0
  while (start < source.length) {
    let end = source.indexOf('\n', start)
    if (end === -1) end = source.length
    const line = source.slice(start, end)
    if (line.trim() === '') current = 0
    else {
      const n = line.match(MARKER)?.length ?? 0
      current += n
      total += n
      paragraph = Math.max(paragraph, current)
    }
    start = end + 1
  }
  return { paragraph, total }
}
