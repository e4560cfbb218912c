/**
 * Where Markdown keeps published text outside its text nodes: a fence's info string, a link's
 * or image's title, front matter. Each helper finds the source range of that text, so that it
 * is read with its own positions and a finding points at its words.
 */

/** A half-open range of source offsets. */
export type Range = [number, number]

const FENCE_OPEN = /^[ \t]*(?:`{3,}|~{3,})[ \t]*/

/**
 * The info string of a fenced code block that starts at `start`: what follows "```" on its
 * first line. Renderers that show it as the block's title, or that know no fences, publish it.
 */
export function fenceInfo(source: string, start: number): Range | undefined {
  let lineEnd = source.indexOf('\n', start)
  if (lineEnd === -1) lineEnd = source.length
  const line = source.slice(start, lineEnd)
  const open = FENCE_OPEN.exec(line)
  if (!open) return undefined
  const end = start + line.replace(/[ \t\r]+$/, '').length
  return end > start + open[0].length ? [start + open[0].length, end] : undefined
}

/**
 * The title of a link or image (`[a](url "title")`, `(title)` or `'title'`) or of a link
 * definition (`[a]: url "title"`), from the end of its source `[start, end)`: the text between
 * the last delimiters.
 */
export function titleRange(source: string, start: number, end: number, inline: boolean): Range | undefined {
  let j = end - 1
  if (inline) {
    if (source[j] !== ')') return undefined
    j--
  }
  while (j > start && /\s/.test(source[j] ?? '')) j--
  const closer = source[j]
  const opener = closer === ')' ? '(' : closer
  if (opener !== '"' && opener !== "'" && opener !== '(') return undefined
  for (let k = j - 1; k > start; k--) {
    if (source[k] === opener && source[k - 1] !== '\\') return k + 1 < j ? [k + 1, j] : undefined
  }
  return undefined
}

const YAML_KEY = /^[^\s#-][^:\n]*:(?=\s|$)[ \t]*/
const TOML_KEY = /^[A-Za-z0-9_."'-]+[ \t]*=[ \t]*/
/** A YAML block scalar's indicator ("|", ">-" …) or a TOML multi-line string's opening quotes. */
const VALUE_MARK = /^(?:[|>][+-]?[0-9]?|"""|''')[ \t]*$/

/**
 * The entries of front matter (YAML between "---" or TOML between "+++"), each the ranges of its
 * value's lines. GitHub shows front matter as a table above the document, and site generators
 * put its fields (title, description) on the page: their values are read as paragraphs.
 */
export function frontMatterEntries(source: string, start: number, end: number, kind: 'yaml' | 'toml'): Range[][] {
  const entries: Range[][] = []
  const key = kind === 'yaml' ? YAML_KEY : TOML_KEY
  let current: Range[] | undefined
  // The first and last lines are the fences.
  let lineStart = source.indexOf('\n', start) + 1
  while (lineStart > 0 && lineStart < end) {
    let lineEnd = source.indexOf('\n', lineStart)
    if (lineEnd === -1 || lineEnd > end) lineEnd = end
    const line = source.slice(lineStart, lineEnd).replace(/\r$/, '')
    const isFence = lineEnd >= end && /^(?:---|\.\.\.|\+\+\+)[ \t]*$/.test(line)
    const keyed = key.exec(line)
    if (isFence || /^[ \t]*(?:#.*)?$/.test(line) || (kind === 'toml' && /^\[/.test(line))) {
      // Comments and table headers are not shown; a blank line does not end a block scalar.
    } else if (keyed) {
      current = []
      entries.push(current)
      const value = line.slice(keyed[0].length)
      if (value !== '' && !VALUE_MARK.test(value)) current.push([lineStart + keyed[0].length, lineStart + line.trimEnd().length])
    } else if (current) {
      const indent = line.length - line.trimStart().length
      current.push([lineStart + indent, lineStart + line.trimEnd().length])
    }
    lineStart = lineEnd + 1
  }
  return entries.filter((e) => e.length > 0)
}
