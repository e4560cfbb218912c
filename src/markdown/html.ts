/** Plain-text pieces of an HTML fragment, with offsets into the fragment. */
export interface HtmlTextPiece {
  text: string
  start: number
  end: number
  /** True when a block-level tag precedes this piece: it starts a new paragraph. */
  breakBefore: boolean
}

/** Struck-through text is not in force: striking a clause through is how a redline deletes it. */
export const STRUCK_TAGS = ['del', 's', 'strike'] as const

const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'thead', 'tbody', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'blockquote', 'dl', 'dt', 'dd', 'hr',
  'details', 'summary', 'aside', 'nav', 'main', 'figure', 'figcaption', 'pre',
])

const SKIP_CONTENT_TAGS = new Set(['script', 'style', 'template', ...STRUCK_TAGS])

const TAG = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>?|<\/?([A-Za-z][A-Za-z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>?/g

/**
 * Splits an HTML fragment into its text, dropping tags and comments. Block-level tags mark
 * paragraph breaks so that "<p>a</p><p>b</p>" reads as two paragraphs.
 */
export function htmlTextPieces(html: string): HtmlTextPiece[] {
  const pieces: HtmlTextPiece[] = []
  let last = 0
  let pendingBreak = false
  let skipping: string | undefined
  TAG.lastIndex = 0
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    if (m[0].length === 0) {
      TAG.lastIndex++
      continue
    }
    if (!skipping && m.index > last) {
      pieces.push({ text: html.slice(last, m.index), start: last, end: m.index, breakBefore: pendingBreak })
      pendingBreak = false
    }
    last = m.index + m[0].length
    const name = m[1]?.toLowerCase()
    if (!name) continue
    const closing = m[0].startsWith('</')
    if (skipping) {
      if (closing && name === skipping) skipping = undefined
      continue
    }
    if (!closing && SKIP_CONTENT_TAGS.has(name) && !m[0].endsWith('/>')) skipping = name
    if (BLOCK_TAGS.has(name)) pendingBreak = true
  }
  if (!skipping && last < html.length) {
    pieces.push({ text: html.slice(last), start: last, end: html.length, breakBefore: pendingBreak })
  }
  return pieces
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

const STRUCK_TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)(del|s|strike)(?=[\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>/gi

/**
 * How many strikethrough elements an inline HTML fragment opens (closing ones count negative),
 * for the text between its siblings: "<del>" and "</del>" are separate nodes around it.
 */
export function struckDepthChange(html: string): number {
  let change = 0
  STRUCK_TAG.lastIndex = 0
  for (let m = STRUCK_TAG.exec(html); m !== null; m = STRUCK_TAG.exec(html)) {
    if (m[2] === undefined || m[0].endsWith('/>')) continue
    change += m[1] === '/' ? -1 : 1
  }
  return change
}
