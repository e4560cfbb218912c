/** A 1-based line/column position in a source file. */
export interface Position {
  line: number
  column: number
}

/** Index of the last element of ascending `sorted` that is at most `value` (0 when none is). */
function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0
  let hi = sorted.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((sorted[mid] ?? 0) <= value) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** Maps character offsets of a source text to 1-based lines and columns. */
export class LineIndex {
  private readonly starts: number[]

  /**
   * @param source the file's text
   * @param shift added to every offset asked about: the parser saw the text without a leading
   *   byte-order mark, so its offsets are one short of the file's
   */
  constructor(
    readonly source: string,
    private readonly shift = 0,
  ) {
    const starts = [0]
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1)
    this.starts = starts
  }

  get lineCount(): number {
    return this.starts.length
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset + this.shift, this.source.length))
    const lo = lastAtOrBefore(this.starts, clamped)
    return { line: lo + 1, column: clamped - (this.starts[lo] ?? 0) + 1 }
  }

  line(offset: number): number {
    return this.position(offset).line
  }

  /** The text of a 1-based line, without its line ending. */
  lineText(line: number): string {
    const start = this.starts[line - 1]
    if (start === undefined) return ''
    const next = this.starts[line]
    const end = next === undefined ? this.source.length : next - 1
    return this.source.slice(start, end).replace(/\r$/, '')
  }
}

/**
 * A piece of plain text with the source offset of every character.
 * Markdown hides characters (escapes, emphasis markers, container prefixes such as "> ")
 * and decodes entities, so the plain text is not a slice of the source; the offsets keep
 * every result pointing back at the exact source characters.
 *
 * Offsets are kept as runs — a text index and the source offset where consecutive characters
 * start — not one number per character: prose is mostly verbatim source, so a clause needs a
 * handful of runs, where a per-character table would cost four bytes for every byte of text.
 */
export class MappedText {
  private buffer = ''
  // Reading the end of a string that is still being concatenated makes V8 flatten it: the last
  // character is kept aside so that appending stays linear.
  private last = ''
  /** Text index where each run starts, ascending; the first run starts at 0. */
  private runStarts: number[] = []
  /** Source offset of each run's first character; the run's next characters follow it. */
  private runOffsets: number[] = []
  private lastOffset = -2

  get length(): number {
    return this.buffer.length
  }

  get text(): string {
    return this.buffer
  }

  offsetAt(index: number): number {
    if (this.buffer.length === 0) return 0
    const i = Math.max(0, Math.min(index, this.buffer.length - 1))
    const lo = lastAtOrBefore(this.runStarts, i)
    return (this.runOffsets[lo] ?? 0) + i - (this.runStarts[lo] ?? 0)
  }

  endsWithSpace(): boolean {
    return this.buffer.length === 0 || this.last === ' '
  }

  /** Records that the characters appended next map to `offset` onwards. */
  private mapFrom(offset: number, count: number): void {
    if (this.buffer.length === 0 || offset !== this.lastOffset + 1) {
      this.runStarts.push(this.buffer.length)
      this.runOffsets.push(offset)
    }
    this.lastOffset = offset + count - 1
  }

  private add(ch: string, offset: number): void {
    this.mapFrom(offset, 1)
    this.buffer += ch
    this.last = ch
  }

  /** Appends one character; runs of whitespace collapse into a single space. */
  push(ch: string, offset: number): void {
    if (isSpace(ch)) {
      if (!this.endsWithSpace()) this.add(' ', offset)
      return
    }
    // Astral characters are two UTF-16 units; both map to the same source offset.
    for (let i = 0; i < ch.length; i++) this.add(ch[i] ?? '', offset)
  }

  /** Appends a separator that exists in no source character (e.g. between table cells). */
  pushSeparator(separator: string, offset: number): void {
    for (const ch of separator) {
      if (ch === ' ' && this.endsWithSpace()) continue
      this.add(ch, offset)
    }
  }

  /**
   * Appends `value`, a string that came from `source[from, to)` after Markdown processing,
   * finding each character's source offset by walking the source alongside it.
   */
  pushAligned(value: string, source: string, from: number, to: number): void {
    let s = from
    let k = 0
    while (k < value.length) {
      // Most text is a verbatim slice of the source: append it a run at a time.
      let e = k
      let se = s
      while (e < value.length && se < to) {
        const c = value[e]
        if (c !== source[se] || (c !== ' ' && isSpace(c ?? '')) || (c === ' ' && (e === k ? this.endsWithSpace() : value[e - 1] === ' '))) break
        e++
        se++
      }
      if (e > k) {
        const run = value.slice(k, e)
        this.mapFrom(s, run.length)
        this.buffer += run
        this.last = run[run.length - 1] ?? this.last
        k = e
        s = se
        continue
      }
      const ch = value[k] ?? ''
      const found = findNear(source, ch, s, to)
      if (found === -1) {
        this.push(ch, Math.min(s, Math.max(from, to - 1)))
      } else {
        this.push(ch, found)
        s = found + 1
      }
      k++
    }
  }

  /** A copy without leading and trailing spaces. */
  trimmed(): MappedText {
    let start = 0
    let end = this.buffer.length
    while (start < end && this.buffer[start] === ' ') start++
    while (end > start && this.buffer[end - 1] === ' ') end--
    return start === 0 && end === this.buffer.length ? this.moved(0) : this.slice(start, end)
  }

  slice(start: number, end: number): MappedText {
    const out = new MappedText()
    out.buffer = this.buffer.slice(start, end)
    out.last = out.buffer.length > 0 ? (out.buffer[out.buffer.length - 1] ?? '') : ''
    if (out.buffer.length === 0) return out
    out.runStarts.push(0)
    out.runOffsets.push(this.offsetAt(start))
    for (let r = 0; r < this.runStarts.length; r++) {
      const at = this.runStarts[r] ?? 0
      if (at <= start) continue
      if (at >= end) break
      out.runStarts.push(at - start)
      out.runOffsets.push(this.runOffsets[r] ?? 0)
    }
    out.lastOffset = this.offsetAt(end - 1)
    return out
  }

  /** A copy whose offsets are moved by `delta`: the same text found elsewhere in a file. */
  moved(delta: number): MappedText {
    const out = new MappedText()
    out.buffer = this.buffer
    out.last = this.last
    out.runStarts = this.runStarts.slice()
    out.runOffsets = this.runOffsets.slice()
    out.lastOffset = this.lastOffset
    out.shift(delta)
    return out
  }

  /** Moves every offset by `delta`: text read from part of a file, mapped back to the whole file. */
  shift(delta: number): void {
    if (delta === 0) return
    for (let i = 0; i < this.runOffsets.length; i++) this.runOffsets[i] = (this.runOffsets[i] ?? 0) + delta
    this.lastOffset += delta
  }
}

const LOOKAHEAD = 24

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0' || ch === '\f' || ch === '\v' || ch === '\u2028' || ch === '\u2029' || ch === '\u200b' || ch === '\ufeff'
}

function findNear(source: string, ch: string, from: number, to: number): number {
  const limit = Math.min(to, from + LOOKAHEAD)
  if (isSpace(ch)) {
    for (let i = from; i < limit; i++) if (isSpace(source[i] ?? '')) return i
    return -1
  }
  for (let i = from; i < limit; i++) if (source[i] === ch) return i
  return -1
}
