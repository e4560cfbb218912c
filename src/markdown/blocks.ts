import type { Nodes, Parents, PhrasingContent, Root, RootContent, TableRow } from 'mdast'
import { decodeEntities, htmlTextPieces } from './html.js'
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
  return /[:：]\s*(?:[-–—]\s*)?$/.test(text)
}

/** Flattens a Markdown tree into prose blocks that keep their source offsets. */
export function extractBlocks(tree: Root, source: string): Block[] {
  const blocks: Block[] = []
  const headings: Array<{ depth: number; text: string }> = []

  const emit = (kind: BlockKind, text: MappedText, ctx: WalkContext, depth = 0, footnoteRefs: string[] = []): Block | undefined => {
    const trimmed = text.trimmed()
    if (trimmed.length === 0) return undefined
    const block: Block = {
      id: blocks.length,
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

  const inline = (node: Parents, out: MappedText, refs: string[]): void => {
    for (const child of node.children as PhrasingContent[]) phrasing(child, out, refs)
  }

  const phrasing = (node: PhrasingContent, out: MappedText, refs: string[]): void => {
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out.pushAligned(node.value, source, start, end)
        return
      case 'break':
        out.push(' ', start)
        return
      case 'html':
        for (const piece of htmlTextPieces(node.value)) {
          if (piece.breakBefore) out.push(' ', start + piece.start)
          out.pushAligned(decodeEntities(piece.text), source, start + piece.start, end)
        }
        return
      case 'footnoteReference':
        refs.push(node.identifier)
        return
      case 'image':
      case 'imageReference':
        return
      default:
        if ('children' in node) inline(node, out, refs)
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

  const tableRow = (row: TableRow, ctx: WalkContext): void => {
    const out = new MappedText()
    const refs: string[] = []
    row.children.forEach((cell, i) => {
      if (i > 0) out.pushSeparator(' | ', cell.position?.start.offset ?? 0)
      inline(cell, out, refs)
    })
    emit('tableRow', out, ctx, 0, refs)
  }

  const html = (value: string, start: number, end: number, ctx: WalkContext, run: RunState): void => {
    let current = new MappedText()
    const flush = (): void => {
      if (current.trimmed().length > 0) paragraphLike('html', current, ctx, [], run)
      current = new MappedText()
    }
    for (const piece of htmlTextPieces(value)) {
      if (piece.breakBefore) flush()
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
  }

  const code = (value: string, start: number, end: number, ctx: WalkContext, run: RunState): void => {
    // Indented "code" in a terms document is almost always mis-indented prose: read it as text.
    let from = start
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

  const walk = (nodes: readonly (RootContent | Nodes)[], ctx: WalkContext): void => {
    const run: RunState = { pendingLeadIn: undefined }
    for (const node of nodes) {
      const start = node.position?.start.offset ?? 0
      const end = node.position?.end.offset ?? start
      switch (node.type) {
        case 'heading': {
          const text = new MappedText()
          const refs: string[] = []
          inline(node, text, refs)
          while (headings.length > 0 && (headings[headings.length - 1]?.depth ?? 0) >= node.depth) headings.pop()
          const block = emit('heading', text, { listed: false }, node.depth, refs)
          if (block) headings.push({ depth: node.depth, text: block.text.text })
          run.pendingLeadIn = block && endsWithColon(block.text.text) ? block.id : undefined
          break
        }
        case 'paragraph': {
          const text = new MappedText()
          const refs: string[] = []
          inline(node, text, refs)
          paragraphLike(ctx.footnoteLabel !== undefined ? 'footnote' : 'paragraph', text, ctx, refs, run)
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
          for (const row of node.children) tableRow(row, { ...ctx, ...(leadIn !== undefined ? { leadIn } : {}) })
          run.pendingLeadIn = undefined
          break
        }
        case 'html':
          html(node.value, start, end, ctx, run)
          break
        case 'code':
          code(node.value, start, end, ctx, run)
          break
        case 'footnoteDefinition':
          walk(node.children, { listed: false, footnoteLabel: node.identifier })
          run.pendingLeadIn = undefined
          break
        case 'thematicBreak':
          run.pendingLeadIn = undefined
          break
        default:
          // yaml/toml front matter, link definitions: not prose.
          break
      }
    }
  }

  walk(tree.children, { listed: false })
  return blocks
}
