import type { Nodes, Parents, PhrasingContent, Root, RootContent, TableRow } from 'mdast'
import { decodeEntities, inlineHiddenTags, scanHtml, survivesParagraph, type HtmlOpen } from './html.js'
import { fenceInfo, frontMatterEntries, titleRange, type Range } from './published.js'
import { MappedText } from './source-map.js'

export type BlockKind = 'paragraph' | 'heading' | 'tableRow' | 'html' | 'code' | 'footnote'

/** A run of prose from the document: a paragraph, heading, table row, HTML paragraph … */
export interface Block {
  id: number
  kind: BlockKind
  text: MappedText
  /** Texts of the headings this block sits under, outermost first. */
  headingPath: string[]
  /** Heading level (1–6) when kind is 'heading'. */
  depth: number
  /** The block whose last sentence ends with a colon and that this block completes. */
  leadIn?: number
  /** True inside a list item or an enumerated paragraph run: "(i) …", "a) …". */
  listed: boolean
  /** Labels of the footnotes this block references. */
  footnoteRefs: string[]
  /** Set on the blocks of a footnote definition. */
  footnoteLabel?: string
  /** For a table body row: the header cells' text ("We will" | "We won't"), which frame its cells. */
  columnHeads?: string[]
}

interface WalkContext {
  leadIn?: number
  listed: boolean
  footnoteLabel?: string
}

const ENUMERATOR = /^\s*(?:\((?:[ivxlcdm]{1,6}|[a-z]{1,2}|\d{1,3})\)|(?:[ivxlcdm]{1,6}|[a-z]|\d{1,3}(?:\.\d{1,3})*)[.)]|[•·▪◦●‣⁃–-])\s/i

/** Whether a paragraph opens with an enumerator such as "(i)", "a)", "1.", "•". */
export function startsWithEnumerator(text: string): boolean {
  return ENUMERATOR.test(text)
}

function endsWithColon(text: string): boolean {
  // A colon, or a sentence left unfinished for the list to complete: "… to improve Our Models only when".
  return /[:：]\s*(?:[-–—]\s*)?$/.test(text) || UNFINISHED.test(text)
}

const UNFINISHED = /(?<![\p{L}])(?:when|if|where|whenever|unless|including|includes?|such as|following|as follows|namely|to|for|of|by|with|that|whether)\s*$/iu

/** A heading above the current position: its level and its text. */
export interface HeadingContext {
  depth: number
  text: string
}

export interface ExtractOptions {
  /** Id of the first block (blocks of several parts of a document share one id space). */
  firstId?: number
  /** Headings open where `source` starts; updated in place as headings are read. */
  headings?: HeadingContext[]
  /** Only nodes that start before this offset are read (the rest is parsing context). */
  limit?: number
  /** Receives every heading read, in order, with or without text: enough to replay the path. */
  headingTrace?: HeadingEvent[]
  /** Receives raw HTML left open over the text after it (see HtmlProblem). */
  problems?: HtmlProblem[]
  /** Where the document's text ends (trailing space aside): HTML left open there hides nothing. */
  end?: number
}

/**
 * Raw HTML that a block leaves open (a comment, a <script>, a <del> …): rendered, it goes on
 * over the Markdown after it, which browsers then hide or strike through though it reads as
 * text here. `offset` is where it opens.
 */
export interface HtmlProblem extends Omit<HtmlOpen, 'at'> {
  offset: number
}

/** What inline reading gathers besides the text: footnote labels, and text shown apart (titles). */
interface Sink {
  refs: string[]
  side: MappedText[]
}

/** A heading as read: where it is, its level, and its block (an empty heading has none). */
export interface HeadingEvent {
  offset: number
  depth: number
  /** Blocks read before it. */
  before: number
  /** Index in the returned blocks of the heading's own block. */
  block?: number
}

/** Flattens a Markdown tree into prose blocks that keep their source offsets. */
export function extractBlocks(tree: Root, source: string, options: ExtractOptions = {}): Block[] {
  const blocks: Block[] = []
  const firstId = options.firstId ?? 0
  const headings: HeadingContext[] = options.headings ?? []
  const limit = options.limit ?? Number.POSITIVE_INFINITY
  const documentEnd = options.end ?? source.trimEnd().length
  const leftOpen = (open: Omit<HtmlOpen, 'at'>, offset: number, blockEnd: number): void => {
    if (blockEnd < documentEnd) options.problems?.push({ what: open.what, effect: open.effect, offset })
  }
  /** Text shown apart from the flow (a title, an alt attribute), read from its own source range. */
  const sideText = (value: string, range: Range): MappedText => {
    const text = new MappedText()
    text.pushAligned(value, source, range[0], range[1])
    return text
  }
  const emitSide = (sink: Sink, ctx: WalkContext): void => {
    for (const text of sink.side) emit('paragraph', text, ctx)
  }

  const emit = (kind: BlockKind, text: MappedText, ctx: WalkContext, depth = 0, footnoteRefs: string[] = []): Block | undefined => {
    const trimmed = text.trimmed()
    if (trimmed.length === 0) return undefined
    const block: Block = {
      id: firstId + blocks.length,
      kind,
      text: trimmed,
      headingPath: headings.map((h) => h.text),
      depth,
      listed: ctx.listed,
      footnoteRefs,
      ...(ctx.leadIn !== undefined ? { leadIn: ctx.leadIn } : {}),
      ...(ctx.footnoteLabel !== undefined ? { footnoteLabel: ctx.footnoteLabel } : {}),
    }
    blocks.push(block)
    return block
  }

  /**
   * Some transforms (GFM e-mail autolinks after an escape) make nodes without positions: such a
   * node is read from the source between its neighbours, so that its text still maps back.
   */
  const inline = (node: Parents, out: MappedText, sink: Sink, range?: [number, number]): void => {
    const children = node.children as PhrasingContent[]
    const parentEnd = node.position?.end.offset ?? range?.[1] ?? source.length
    let cursor = node.position?.start.offset ?? range?.[0] ?? 0
    // Inside <del>…</del>, <script>…</script> (separate html siblings): struck or hidden text is
    // not read, as with "~~".
    const open: Array<{ name: string; offset: number }> = []
    children.forEach((child, k) => {
      if (child.type === 'html') {
        const wasHidden = open.length > 0
        for (const tag of inlineHiddenTags(child.value)) {
          const at = open.map((o) => o.name).lastIndexOf(tag.name)
          if (!tag.closing) open.push({ name: tag.name, offset: child.position?.start.offset ?? cursor })
          else if (at !== -1) open.splice(at, 1)
        }
        if (wasHidden || open.length > 0) return
      } else if (open.length > 0) return
      if (child.position) {
        phrasing(child, out, sink)
        cursor = child.position.end.offset ?? cursor
        return
      }
      let to = parentEnd
      for (let n = k + 1; n < children.length; n++) {
        const next = children[n]?.position?.start.offset
        if (next !== undefined) {
          to = next
          break
        }
      }
      const before = out.length
      phrasing(child, out, sink, [cursor, to])
      if (out.length > before) cursor = Math.min(to, out.offsetAt(out.length - 1) + 1)
    })
    // "</p>" closes a <del> left open, not raw text or a template: those go on over what follows.
    const left = open.find((o) => survivesParagraph(o.name))
    if (left) leftOpen({ what: `a <${left.name}>`, effect: 'hide' }, left.offset, parentEnd)
  }

  const phrasing = (node: PhrasingContent, out: MappedText, sink: Sink, range?: [number, number]): void => {
    const start = node.position?.start.offset ?? range?.[0] ?? 0
    const end = node.position?.end.offset ?? range?.[1] ?? start
    const title = (value: string | null | undefined): void => {
      const at = value && node.position ? titleRange(source, start, end, true) : undefined
      if (value && at) sink.side.push(sideText(value, at))
    }
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out.pushAligned(node.value, source, start, end)
        return
      case 'break':
        out.push(' ', start)
        return
      case 'html':
        for (const piece of scanHtml(node.value).pieces) {
          if (piece.attribute) sink.side.push(sideText(decodeEntities(piece.text), [start + piece.start, start + piece.end]))
          else {
            if (piece.breakBefore) out.push(' ', start + piece.start)
            out.pushAligned(decodeEntities(piece.text), source, start + piece.start, end)
          }
        }
        return
      case 'delete':
        // Struck through: deleted in a redline, not text in force.
        return
      case 'footnoteReference':
        sink.refs.push(node.identifier)
        return
      case 'image':
      case 'imageReference':
        // The alt text stands in for the image (when it does not load, and for screen readers).
        if (node.alt) out.pushAligned(node.alt, source, start + 2, end)
        if (node.type === 'image') title(node.title)
        return
      case 'link':
        title(node.title)
        inline(node, out, sink, [start, end])
        return
      default:
        if ('children' in node) inline(node, out, sink, [start, end])
    }
  }

  const paragraphLike = (kind: BlockKind, text: MappedText, ctx: WalkContext, refs: string[], run: RunState): void => {
    const plain = text.text
    const enumerated = startsWithEnumerator(plain)
    const useRun = enumerated && run.pendingLeadIn !== undefined
    const block = emit(kind, text, useRun ? { ...ctx, leadIn: run.pendingLeadIn, listed: true } : ctx, 0, refs)
    if (!block) return
    if (endsWithColon(block.text.text)) run.pendingLeadIn = block.id
    else if (!useRun) run.pendingLeadIn = undefined
  }

  /** Emits one row and returns its cells' text (the header row's frame the rows below it). */
  const tableRow = (row: TableRow, ctx: WalkContext, heads?: string[]): string[] => {
    const out = new MappedText()
    const sink: Sink = { refs: [], side: [] }
    const cells: string[] = []
    row.children.forEach((cell, i) => {
      if (i > 0) out.pushSeparator(' | ', cell.position?.start.offset ?? 0)
      const at = out.length
      inline(cell, out, sink)
      cells.push(out.text.slice(at))
    })
    const block = emit('tableRow', out, ctx, 0, sink.refs)
    if (block && heads) block.columnHeads = heads
    emitSide(sink, ctx)
    return cells
  }

  const html = (value: string, start: number, end: number, ctx: WalkContext, run: RunState): void => {
    let current = new MappedText()
    const flush = (): void => {
      if (current.trimmed().length > 0) paragraphLike('html', current, ctx, [], run)
      current = new MappedText()
    }
    const scan = scanHtml(value)
    for (const piece of scan.pieces) {
      if (piece.breakBefore) flush()
      if (piece.attribute) {
        // Shown apart from the text around it (a tooltip, an image's stand-in): a paragraph of its own.
        current.pushAligned(decodeEntities(piece.text), source, start + piece.start, start + piece.end)
        flush()
        continue
      }
      // A blank line inside raw HTML text is a paragraph break too.
      const parts = piece.text.split(/\n[ \t]*\n/)
      let offset = piece.start
      parts.forEach((part, i) => {
        if (i > 0) flush()
        current.pushAligned(decodeEntities(part), source, start + offset, end)
        offset += part.length + 2
      })
    }
    flush()
    if (scan.open) leftOpen(scan.open, start + scan.open.at, end)
  }

  const code = (value: string, info: string, start: number, end: number, ctx: WalkContext, run: RunState): void => {
    // Indented "code" in a terms document is almost always mis-indented prose, and a fence's
    // contents are shown as they are: read both as text, the fence's info string first.
    const infoAt = info ? fenceInfo(source, start) : undefined
    if (infoAt) paragraphLike('code', sideText(info, infoAt), ctx, [], run)
    let from = infoAt ? infoAt[1] : start
    for (const part of value.split(/\n[ \t]*\n/)) {
      const text = new MappedText()
      text.pushAligned(part, source, from, end)
      paragraphLike('code', text, ctx, [], run)
      const at = text.length > 0 ? text.offsetAt(text.length - 1) + 1 : from
      from = Math.max(from, at)
    }
  }

  interface RunState {
    pendingLeadIn: number | undefined
  }

  const frontMatter = (start: number, end: number, kind: 'yaml' | 'toml', ctx: WalkContext): void => {
    for (const entry of frontMatterEntries(source, start, end, kind)) {
      const text = new MappedText()
      for (const [from, to] of entry) {
        text.push(' ', from)
        text.pushAligned(source.slice(from, to), source, from, to)
      }
      emit('paragraph', text, ctx)
    }
  }

  const walk = (nodes: readonly (RootContent | Nodes)[], ctx: WalkContext): void => {
    const run: RunState = { pendingLeadIn: undefined }
    for (const node of nodes) {
      const start = node.position?.start.offset ?? 0
      const end = node.position?.end.offset ?? start
      switch (node.type) {
        case 'heading': {
          const text = new MappedText()
          const sink: Sink = { refs: [], side: [] }
          inline(node, text, sink)
          while (headings.length > 0 && (headings[headings.length - 1]?.depth ?? 0) >= node.depth) headings.pop()
          const block = emit('heading', text, { listed: false }, node.depth, sink.refs)
          if (block) headings.push({ depth: node.depth, text: block.text.text })
          options.headingTrace?.push({ offset: start, depth: node.depth, before: block ? blocks.length - 1 : blocks.length, ...(block ? { block: blocks.length - 1 } : {}) })
          run.pendingLeadIn = block && endsWithColon(block.text.text) ? block.id : undefined
          emitSide(sink, { listed: false })
          break
        }
        case 'paragraph': {
          const text = new MappedText()
          const sink: Sink = { refs: [], side: [] }
          inline(node, text, sink)
          paragraphLike(ctx.footnoteLabel !== undefined ? 'footnote' : 'paragraph', text, ctx, sink.refs, run)
          emitSide(sink, ctx)
          break
        }
        case 'list': {
          const leadIn = run.pendingLeadIn ?? ctx.leadIn
          for (const item of node.children) {
            walk(item.children, { ...ctx, listed: true, ...(leadIn !== undefined ? { leadIn } : {}) })
          }
          run.pendingLeadIn = undefined
          break
        }
        case 'blockquote':
          walk(node.children, ctx)
          run.pendingLeadIn = undefined
          break
        case 'table': {
          const leadIn = run.pendingLeadIn ?? ctx.leadIn
          let heads: string[] | undefined
          node.children.forEach((row, k) => {
            const cells = tableRow(row, { ...ctx, ...(leadIn !== undefined ? { leadIn } : {}) }, heads)
            if (k === 0) heads = cells.map((c) => c.trim())
          })
          run.pendingLeadIn = undefined
          break
        }
        case 'html':
          html(node.value, start, end, ctx, run)
          break
        case 'code':
          code(node.value, [node.lang, node.meta].filter(Boolean).join(' '), start, end, ctx, run)
          break
        case 'definition': {
          // A link definition's title is the tooltip of every link that uses it.
          const at = node.title ? titleRange(source, start, end, false) : undefined
          if (node.title && at) emit('paragraph', sideText(node.title, at), ctx)
          break
        }
        case 'yaml':
          frontMatter(start, end, 'yaml', ctx)
          break
        case 'footnoteDefinition':
          walk(node.children, { listed: false, footnoteLabel: node.identifier })
          run.pendingLeadIn = undefined
          break
        case 'thematicBreak':
          run.pendingLeadIn = undefined
          break
        default:
          // TOML front matter (remark-frontmatter's own node type).
          if ((node as { type: string }).type === 'toml') frontMatter(start, end, 'toml', ctx)
          break
      }
    }
  }

  walk(
    tree.children.filter((n) => (n.position?.start.offset ?? 0) < limit),
    { listed: false },
  )
  return blocks
}
