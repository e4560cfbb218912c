/** A 1-based line/column position in a source file. */
export interface Position {
  line: number
  column: number
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
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((this.starts[mid] ?? 0) <= clamped) lo = mid
      else hi = mid - 1
    }
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
 */
export class MappedText {
  private buffer = ''
  // Reading the end of a string that is still being concatenated makes V8 flatten it: the last
  // character is kept aside so that appending stays linear.
  private last = ''
  private offsets: Int32Array

  constructor(capacity = 64) {
    this.offsets = new Int32Array(capacity)
  }

  get length(): number {
    return this.buffer.length
  }

  get text(): string {
    return this.buffer
  }

  offsetAt(index: number): number {
    if (this.buffer.length === 0) return 0
    const i = Math.max(0, Math.min(index, this.buffer.length - 1))
    return this.offsets[i] ?? 0
  }

  endsWithSpace(): boolean {
    return this.buffer.length === 0 || this.last === ' '
  }

  private add(ch: string, offset: number): void {
    const n = this.buffer.length
    if (n >= this.offsets.length) {
      const grown = new Int32Array(Math.max(64, this.offsets.length * 2))
      grown.set(this.offsets)
      this.offsets = grown
    }
    this.offsets[n] = offset
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
    for (let k = 0; k < value.length; k++) {
      const ch = value[k] ?? ''
      const found = findNear(source, ch, s, to)
      if (found === -1) {
        this.push(ch, Math.min(s, Math.max(from, to - 1)))
      } else {
        this.push(ch, found)
        s = found + 1
      }
    }
  }

  /** A copy without leading and trailing spaces. */
  trimmed(): MappedText {
    let start = 0
    let end = this.buffer.length
    while (start < end && this.buffer[start] === ' ') start++
    while (end > start && this.buffer[end - 1] === ' ') end--
    return this.slice(start, end)
  }

  slice(start: number, end: number): MappedText {
    const out = new MappedText(Math.max(1, end - start))
    out.buffer = this.buffer.slice(start, end)
    out.last = out.buffer.length > 0 ? (out.buffer[out.buffer.length - 1] ?? '') : ''
    out.offsets.set(this.offsets.subarray(start, end))
    return out
  }

  /** Appends another mapped text (its offsets are kept). */
  append(other: MappedText): void {
    for (let i = 0; i < other.buffer.length; i++) {
      const ch = other.buffer[i] ?? ''
      if (ch === ' ' && this.endsWithSpace()) continue
      this.add(ch, other.offsets[i] ?? 0)
    }
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
