import { extractBlocks, type Block, type HeadingContext, type HeadingEvent, type HtmlProblem } from './blocks.js'
import { definitionsContext, splitChunks, type Chunk } from './chunks.js'
import { extractClauses, type Clause } from './clauses.js'
import { mayUseGfm, parseMarkdown } from './parse.js'
import { plainBlocks } from './plain.js'
import { shapeProblem } from './shape.js'
import { LineIndex } from './source-map.js'

/** A parsed terms document: its source, a line index and its clauses in reading order. */
export interface TermsDocument {
  /** The text as parsed (without a byte-order mark). */
  source: string
  lines: LineIndex
  clauses: Clause[]
  /** How the document had to be read, when not as usual. */
  notes: string[]
  /** Set when the text was read as plain paragraphs, not as Markdown: struck text, emphasis and structure were not seen. */
  plain?: true
  /**
   * The notes (also in `notes`) on text read as published that browsers may hide or strike
   * through: raw HTML left open over it. What a reader sees is then not what was analysed.
   */
  unsure?: string[]
}

/** Strips a UTF-8 byte-order mark; line endings stay as they are so line numbers match the file. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/**
 * Chooses which chunks of a document to read. Unread chunks yield no clauses: the caller skips
 * only text whose clauses cannot matter (unchanged, without any analysis vocabulary).
 */
export type ChunkSelector = (chunkText: string) => boolean

// A heading, also inside a block quote or list item ("> ## Data"): over-matching only reads more.
const HEADING_LINE = /(?:^|\n)[ \t>*+\-\d.)]*#{1,6}(?:[ \t]|$)|\n[ \t>]*(?:=+|-+)[ \t]*(?:\n|$)/
const FENCE_LINE = /^ {0,3}(?:```|~~~)/gm
/**
 * Raw HTML that can stay open over the blocks after it (see HtmlProblem). A chunk holding it is
 * always read, and read in place: whether it hides anything depends on what follows it.
 */
const OPENS_OVER_BLOCKS = /<(?:!--|(?:script|style|template|del|s|strike)(?=[\s/>])|[A-Za-z][^>]*=[ 	]*["'][^"'>]*$)/im

function readBlocks(source: string, notes: string[], problems: HtmlProblem[], select?: ChunkSelector, cache?: ChunkCache): Block[] {
  const problem = shapeProblem(source)
  if (problem !== undefined) {
    notes.push(`${problem}; the document was read as plain paragraphs`)
    return plainBlocks(source)
  }
  try {
    if (!select) return extractBlocks(parseMarkdown(source), source, { problems })
    return readChunks(source, select, problems, cache)
  } catch (error) {
    notes.push(`the Markdown could not be parsed (${error instanceof Error ? error.message : String(error)}); the document was read as plain paragraphs`)
    return plainBlocks(source)
  }
}

/**
 * Blocks already read from chunks of the other version of the document, by chunk text: the two
 * versions share most of their text, and a chunk that reads the same needs parsing once.
 */
export type ChunkCache = Map<string, ReadChunk>

/** One chunk as read: its blocks (ids and offsets as first read) and the headings it opens. */
export interface ReadChunk {
  blocks: Block[]
  headings: ChunkHeading[]
  start: number
  context: string
}

/** The cache key of a chunk: front matter reads as such only at the start of a document. */
function cacheKey(text: string, start: number): string {
  return start === 0 && /^(?:---|\+\+\+)/.test(text) ? `\0front matter\0${text}` : text
}

/** A heading of a chunk: its level, and the index of its block in the chunk (none when empty). */
interface ChunkHeading {
  depth: number
  /** Blocks of the chunk read before this heading. */
  at: number
  block?: number
}

/**
 * Characters parsed in one call at most: a syntax tree takes tens of bytes per character, and a
 * run this long already makes the fixed cost of a call negligible.
 */
const RUN_LIMIT = 32_768

/**
 * Parses only the selected chunks — and every chunk with a heading, to keep each clause's heading
 * path. Consecutive chunks are parsed together (each parse call has a fixed cost), runs one at a
 * time, so that no syntax tree of the whole document is ever held.
 */
function readChunks(source: string, select: ChunkSelector, problems: HtmlProblem[], cache: ChunkCache = new Map()): Block[] {
  const blocks: Block[] = []
  const headings: HeadingContext[] = []
  const context = definitionsContext(source)
  let run: Chunk[] = []
  let runGfm = false
  let runLength = 0
  const flush = (): void => {
    if (run.length > 0) blocks.push(...parseRun(source, run, context, headings, blocks.length, cache, problems))
    run = []
    runLength = 0
  }
  for (const chunk of splitChunks(source)) {
    const text = source.slice(chunk.start, chunk.end)
    const opens = OPENS_OVER_BLOCKS.test(text)
    if (!select(text) && !HEADING_LINE.test(text) && !opens) {
      flush()
      continue
    }
    const cached = opens ? undefined : cache.get(cacheKey(text, chunk.start))
    if (cached && cached.context === context) {
      flush()
      blocks.push(...reuse(cached, chunk.start, blocks.length, headings))
      continue
    }
    // Runs hold chunks that all need GFM or none does, so that most prose parses without it.
    const gfm = mayUseGfm(text)
    if (gfm !== runGfm || runLength + text.length > RUN_LIMIT) flush()
    runLength += text.length
    runGfm = gfm
    run.push(chunk)
  }
  flush()
  return blocks
}

/** The blocks of the same chunk text read elsewhere, moved to this place and heading path. */
function reuse(chunk: ReadChunk, start: number, firstId: number, headings: HeadingContext[]): Block[] {
  const base = chunk.blocks[0]?.id ?? 0
  const delta = start - chunk.start
  const out: Block[] = []
  let h = 0
  const open = (heading: ChunkHeading): void => {
    while (headings.length > 0 && (headings[headings.length - 1]?.depth ?? 0) >= heading.depth) headings.pop()
  }
  chunk.blocks.forEach((b, k) => {
    // Empty headings before this block close sections too, as they did when first read.
    for (; chunk.headings[h] !== undefined && chunk.headings[h]?.at === k && chunk.headings[h]?.block === undefined; h++) open(chunk.headings[h] as ChunkHeading)
    const own = chunk.headings[h]?.block === k ? chunk.headings[h++] : undefined
    if (own) open(own)
    out.push({
      ...b,
      id: b.id - base + firstId,
      text: b.text.moved(delta),
      headingPath: headings.map((x) => x.text),
      ...(b.leadIn !== undefined ? { leadIn: b.leadIn - base + firstId } : {}),
    })
    if (own) headings.push({ depth: own.depth, text: b.text.text })
  })
  for (; h < chunk.headings.length; h++) open(chunk.headings[h] as ChunkHeading)
  return out
}

/** Parses consecutive chunks in one call, and files each chunk's blocks in the cache. */
function parseRun(source: string, run: readonly Chunk[], context: string, headings: HeadingContext[], firstId: number, cache: ChunkCache, problems: HtmlProblem[]): Block[] {
  const start = run[0]?.start ?? 0
  const text = source.slice(start, run[run.length - 1]?.end ?? start)
  // An unclosed fence would swallow the definitions appended for context.
  const fences = text.match(FENCE_LINE)?.length ?? 0
  const parsed = fences % 2 === 0 ? `${text}${context}` : text
  const trace: HeadingEvent[] = []
  const found: HtmlProblem[] = []
  const end = source.trimEnd().length - start
  const blocks = extractBlocks(parseMarkdown(parsed, start === 0), parsed, { firstId, headings, limit: text.length, headingTrace: trace, problems: found, end })
  for (const p of found) problems.push({ ...p, offset: p.offset + start })
  let k = 0
  let h = 0
  for (const chunk of run) {
    const end = chunk.end - start
    const first = k
    while (k < blocks.length && (blocks[k]?.text.offsetAt(0) ?? 0) < end) k++
    const own: ChunkHeading[] = []
    for (; h < trace.length && (trace[h]?.offset ?? 0) < end; h++) {
      const event = trace[h] as HeadingEvent
      own.push({ depth: event.depth, at: event.before - first, ...(event.block !== undefined ? { block: event.block - first } : {}) })
    }
    const chunkText = source.slice(chunk.start, chunk.end)
    if (!OPENS_OVER_BLOCKS.test(chunkText)) cache.set(cacheKey(chunkText, chunk.start), { blocks: blocks.slice(first, k), headings: own, start: chunk.start, context })
  }
  for (const b of blocks) b.text.shift(start)
  return blocks
}

export interface ParseOptions {
  /** Read only the chunks this selects (see ChunkSelector); default: the whole document. */
  select?: ChunkSelector
  /** Shared between the two versions of a document: a chunk both have is parsed once. */
  cache?: ChunkCache
}

/** Parses Markdown text into clauses that point back at their source lines. */
export function parseDocument(text: string, options: ParseOptions = {}): TermsDocument {
  const source = stripBom(text)
  const lines = new LineIndex(text, text.length - source.length)
  const notes: string[] = []
  const problems: HtmlProblem[] = []
  const blocks = readBlocks(source, notes, problems, options.select, options.cache)
  const plain = notes.length > 0 ? ({ plain: true } as const) : {}
  const unsure = problems.sort((a, b) => a.offset - b.offset).map((p) => htmlProblemNote(p, lines.line(p.offset)))
  notes.push(...unsure)
  return { source, lines, clauses: extractClauses(blocks, lines), notes, ...plain, ...(unsure.length > 0 ? { unsure } : {}) }
}

function htmlProblemNote(p: HtmlProblem, line: number): string {
  const effect = p.effect === 'strike' ? 'strike through' : 'hide'
  return `${p.what} on line ${line} is still open where its HTML block ends: browsers ${effect} the text after it, up to where later raw HTML closes it, but tos-guard read that text as published; close it in the same block`
}
