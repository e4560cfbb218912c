import type { Nodes, Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze()
// For text that does not start the document: "---" there is a rule, not front matter.
const gfmOnly = unified().use(remarkParse).use(remarkGfm).freeze()
const commonmark = unified().use(remarkParse).freeze()

/**
 * Text without which no GFM construct can form: tables need "|", strikethrough "~", footnotes
 * "[^", task items "[ ]" or "[x]", literal autolinks "@", "www." or "http(s)://".
 */
const GFM_TEXT = /[|~@]|\[\^|\[[ \txX]\]|www\.|https?:\/\//i
/** URLs GFM cannot read as literal autolinks: link destinations, <autolinks>, definitions. */
const URL_NOT_TEXT = /\]\([^()\s]*(?:\s+"[^"\n]*")?\)|<[^<>\s]*>|^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$/gm
const FRONT_MATTER = /^(?:---|\+\+\+)/

/** Whether `text` looks as if it may hold a GFM construct or front matter. */
export function mayUseGfm(text: string): boolean {
  return FRONT_MATTER.test(text) || GFM_TEXT.test(text.replace(URL_NOT_TEXT, ' '))
}

/**
 * Whether a CommonMark tree may read differently with GFM: some text, or a definition or
 * reference labelled "^…" (a footnote) or "x" (a task item), holds what GFM would take apart.
 */
function gfmCouldChange(node: Nodes): boolean {
  if (node.type === 'text') return GFM_TEXT.test(node.value)
  if (node.type === 'definition' || node.type === 'linkReference' || node.type === 'imageReference') {
    if (/^\^|^[ xX]$/.test(node.label ?? node.identifier)) return true
  }
  if ('children' in node) for (const child of node.children) if (gfmCouldChange(child)) return true
  return false
}

/**
 * Parses Markdown (CommonMark + GFM tables, footnotes, strikethrough; YAML/TOML front matter).
 * `startsDocument: false` for a part read apart from the text before it, where front matter
 * cannot be.
 */
export function parseMarkdown(text: string, startsDocument = true): Root {
  const gfm = startsDocument ? processor : gfmOnly
  // With GFM's extensions the tokenizer takes about twice as long (the e-mail autolink hooks every
  // letter). Text that shows no sign of GFM is read without them, and the tree is checked: where
  // GFM could still have read it differently, it is read again with GFM.
  if (mayUseGfm(text)) return gfm.parse(text)
  const tree = commonmark.parse(text)
  return gfmCouldChange(tree) ? gfm.parse(text) : tree
}
