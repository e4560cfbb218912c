/**
 * Reading raw HTML as a browser shows it. Raw HTML in a terms document is published as the
 * browser parses it, so what counts as text, comment or tag here follows the HTML tokenizer
 * (https://html.spec.whatwg.org/#tokenization), not a looser pattern: any difference is a place
 * where a clause is shown but not read, or read but not shown.
 */

/** Plain-text pieces of an HTML fragment, with offsets into the fragment. */
export interface HtmlTextPiece {
  text: string
  start: number
  end: number
  /** True when a block-level tag precedes this piece: it starts a new paragraph. */
  breakBefore: boolean
  /** Set on an attribute's text (alt, title …): shown apart from the text around it. */
  attribute?: true
}

/** What a fragment leaves open at its end, which then goes on over whatever is rendered next. */
export interface HtmlOpen {
  /** "a comment", "a <script>", "a <del>" … */
  what: string
  /** Where it starts in the fragment. */
  at: number
  /** A struck element strikes what follows through; the others hide it. */
  effect: 'hide' | 'strike'
}

export interface HtmlScan {
  pieces: HtmlTextPiece[]
  open?: HtmlOpen
}

/** Struck-through text is not in force: striking a clause through is how a redline deletes it. */
export const STRUCK_TAGS = ['del', 's', 'strike'] as const

const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'thead', 'tbody', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'blockquote', 'dl', 'dt', 'dd', 'hr',
  'details', 'summary', 'aside', 'nav', 'main', 'figure', 'figcaption', 'pre',
])

/** Elements whose content is parsed but not shown (template) or not in force (struck). */
const HIDDEN_CONTENT = new Set<string>(['template', ...STRUCK_TAGS])
/** Raw-text elements never shown: their content is code, up to their end tag. */
const RAW_HIDDEN = new Set(['script', 'style'])
/**
 * Raw-text elements whose content is text, tags and comments included: shown (textarea, xmp),
 * or shown where the element is not supported or is stripped, as GitHub strips them.
 */
const RAW_SHOWN = new Set(['textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript'])
/** Attributes whose value the reader sees (alt when an image does not load, title as a tooltip) or hears. */
const READ_ATTRIBUTES = new Set(['alt', 'title', 'placeholder', 'aria-label'])

const SPACE = /[\t\n\f\r ]/

interface Tag {
  name: string
  closing: boolean
  end: number
  /** The tag runs past the fragment's end inside a quoted value: it swallows what follows. */
  unterminated?: true
  attributes: Array<{ name: string; start: number; end: number }>
}

/** A start or end tag at `at` (html[at] is "<", html[at + 1] a letter or "/" and a letter). */
function readTag(html: string, at: number): Tag {
  const closing = html[at + 1] === '/'
  let i = at + (closing ? 2 : 1)
  const nameStart = i
  while (i < html.length && !SPACE.test(html[i] ?? '') && html[i] !== '/' && html[i] !== '>') i++
  const tag: Tag = { name: html.slice(nameStart, i).toLowerCase(), closing, end: html.length, attributes: [] }
  while (i < html.length) {
    while (i < html.length && (SPACE.test(html[i] ?? '') || html[i] === '/')) i++
    if (i >= html.length) break
    if (html[i] === '>') {
      tag.end = i + 1
      return tag
    }
    // An attribute's name: anything up to a space, "/", ">" or "=" — quotes included.
    const name = i
    i++
    while (i < html.length && !SPACE.test(html[i] ?? '') && html[i] !== '/' && html[i] !== '>' && html[i] !== '=') i++
    const attribute = html.slice(name, i).toLowerCase()
    let j = i
    while (j < html.length && SPACE.test(html[j] ?? '')) j++
    if (html[j] !== '=') continue
    j++
    while (j < html.length && SPACE.test(html[j] ?? '')) j++
    const quote = html[j]
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, j + 1)
      if (close === -1) return { ...tag, unterminated: true }
      tag.attributes.push({ name: attribute, start: j + 1, end: close })
      i = close + 1
    } else {
      i = j
      while (i < html.length && !SPACE.test(html[i] ?? '') && html[i] !== '>') i++
      tag.attributes.push({ name: attribute, start: j, end: i })
    }
  }
  return tag
}

/** Where the end tag `</name` (followed by a space, "/" or ">") starts in `lower` (the fragment in lower case), from `from`; -1 when none. */
function endTagAt(lower: string, name: string, from: number): number {
  for (let i = lower.indexOf(`</${name}`, from); i !== -1; i = lower.indexOf(`</${name}`, i + 1)) {
    const next = lower[i + 2 + name.length]
    if (next === undefined || next === '>' || next === '/' || SPACE.test(next)) return i
  }
  return -1
}

const COMMENT_END = /--!?>/g

/** The end of a comment that starts at `at` ("<!--"): "<!-->" and "<!--->" end at once. */
function commentEnd(html: string, at: number): number | undefined {
  const body = at + 4
  if (html[body] === '>') return body + 1
  if (html.startsWith('->', body)) return body + 2
  COMMENT_END.lastIndex = body
  const m = COMMENT_END.exec(html)
  return m ? m.index + m[0].length : undefined
}

/**
 * Splits an HTML fragment into the text a browser shows, dropping tags, comments and hidden or
 * struck elements; the values of alt, title and the like come as pieces of their own. Block-level
 * tags mark paragraph breaks so that "<p>a</p><p>b</p>" reads as two paragraphs.
 */
export function scanHtml(html: string): HtmlScan {
  const pieces: HtmlTextPiece[] = []
  let pendingBreak = false
  let hidden: { name: string; at: number; depth: number } | undefined
  const text = (start: number, end: number, attribute = false): void => {
    if (hidden || end <= start) return
    pieces.push({ text: html.slice(start, end), start, end, breakBefore: pendingBreak || attribute, ...(attribute ? { attribute: true as const } : {}) })
    // The text after an attribute's value is a paragraph apart from it, as the text before is.
    pendingBreak = attribute
  }
  let lower: string | undefined
  let from = 0
  let i = html.indexOf('<')
  for (; i !== -1 && i < html.length; i = html.indexOf('<', i)) {
    const next = html[i + 1] ?? ''
    if (html.startsWith('<!--', i)) {
      text(from, i)
      const end = commentEnd(html, i)
      if (end === undefined) return { pieces, open: { what: 'a comment', at: i, effect: 'hide' } }
      from = i = end
    } else if (html.startsWith('<![CDATA[', i)) {
      // Text inside SVG or MathML; elsewhere a bogus comment that ends at the first ">", which
      // shows the rest. Reading all of it reads at least what is shown.
      text(from, i)
      const close = html.indexOf(']]>', i + 9)
      text(i + 9, close === -1 ? html.length : close)
      from = i = close === -1 ? html.length : close + 3
    } else if (next === '!' || next === '?' || (next === '/' && !/[A-Za-z]/.test(html[i + 2] ?? ''))) {
      // A bogus comment (a doctype, a processing instruction, "</ …>") ends at the first ">".
      text(from, i)
      const close = html.indexOf('>', i)
      from = i = close === -1 ? html.length : close + 1
    } else if (/[A-Za-z]/.test(next) || (next === '/' && /[A-Za-z]/.test(html[i + 2] ?? ''))) {
      text(from, i)
      const at = i
      const tag = readTag(html, at)
      if (tag.unterminated) {
        if (hidden) return { pieces }
        return { pieces, open: { what: `a <${tag.name}> tag`, at, effect: 'hide' } }
      }
      from = i = tag.end
      if (hidden) {
        if (tag.name === hidden.name) hidden.depth += tag.closing ? -1 : 1
        if (hidden.depth === 0) hidden = undefined
        continue
      }
      if (BLOCK_TAGS.has(tag.name)) pendingBreak = true
      if (tag.closing) continue
      for (const a of tag.attributes) if (READ_ATTRIBUTES.has(a.name)) text(a.start, a.end, true)
      if (tag.name === 'plaintext') {
        text(from, html.length)
        return { pieces }
      }
      if (RAW_HIDDEN.has(tag.name) || RAW_SHOWN.has(tag.name)) {
        lower ??= html.toLowerCase()
        const close = endTagAt(lower, tag.name, from)
        if (RAW_SHOWN.has(tag.name)) text(from, close === -1 ? html.length : close)
        else if (close === -1) return { pieces, open: { what: `a <${tag.name}>`, at, effect: 'hide' } }
        from = i = close === -1 ? html.length : readTag(html, close).end
      } else if (HIDDEN_CONTENT.has(tag.name)) {
        hidden = { name: tag.name, at: i, depth: 1 }
      }
    } else {
      // "<" that starts nothing ("a < b") is text.
      i++
    }
  }
  text(from, html.length)
  if (hidden) return { pieces, open: { what: `a <${hidden.name}>`, at: hidden.at, effect: hidden.name === 'template' ? 'hide' : 'strike' } }
  return { pieces }
}

/** The text pieces of an HTML fragment (see scanHtml). */
export function htmlTextPieces(html: string): HtmlTextPiece[] {
  return scanHtml(html).pieces
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”',
  ldquo: '“', ndash: '–', mdash: '—', hellip: '…', copy: '©', reg: '®', trade: '™', sect: '§',
  shy: '', zwnj: '', zwj: '',
}

/** Decodes the HTML character references that occur in terms documents. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return NAMED[ref.toLowerCase()] ?? whole
  })
}

/** Inline elements whose content is not read: struck (not in force), code, or inert. */
const INLINE_HIDDEN = [...STRUCK_TAGS, 'script', 'style', 'template'].join('|')
const INLINE_HIDDEN_TAG = new RegExp(`<!--(?:>|->|[\\s\\S]*?(?:--!?>|$))|<(\\/?)(${INLINE_HIDDEN})(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>`, 'gi')

/**
 * The hidden elements (struck, script, style, template) an inline HTML fragment opens or closes,
 * for the text between its siblings: in a paragraph, "<del>" and "</del>" are separate nodes
 * around it.
 */
export function inlineHiddenTags(html: string): Array<{ name: string; closing: boolean }> {
  const tags: Array<{ name: string; closing: boolean }> = []
  INLINE_HIDDEN_TAG.lastIndex = 0
  for (let m = INLINE_HIDDEN_TAG.exec(html); m !== null; m = INLINE_HIDDEN_TAG.exec(html)) {
    const name = m[2]?.toLowerCase()
    if (name !== undefined) tags.push({ name, closing: m[1] === '/' })
  }
  return tags
}

/** Whether an element left open at a paragraph's end goes on past it: raw text and templates do; `</p>` closes the rest. */
export function survivesParagraph(name: string): boolean {
  return RAW_HIDDEN.has(name) || name === 'template'
}
