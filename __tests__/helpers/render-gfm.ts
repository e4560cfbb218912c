import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'

/**
 * Renders Markdown the way GitHub does before its own filters run (CommonMark + GFM, raw HTML
 * disallowed as GitHub's sanitiser would drop it), and returns the HTML and the text a reader sees.
 * GitHub's mention, issue-reference and emoji filters then run on that visible text, so tests check
 * those patterns there, not in the Markdown source.
 */
export function renderGfm(markdown: string): { html: string; text: string } {
  const html = micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] })
  return { html, text: visibleText(html) }
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ref: string) => {
      if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16))
      if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10))
      return NAMED[ref.toLowerCase()] ?? all
    })
}

/** What GitHub would turn into a mention, an issue link or an emoji in visible text. */
export const GITHUB_AUTOLINKS: Array<[string, RegExp]> = [
  ['mention', /@[a-z0-9]/i],
  ['issue reference', /#\d/],
  ['GH- reference', /\bGH-\d+/i],
  ['emoji', /:[a-z0-9_+-]+:/i],
]

/** Tags GitHub keeps in comments (a subset of its sanitiser's allow-list) that tos-guard writes. */
const GITHUB_KEEPS = new Set(['details', 'summary', 'sub', 'sup', 'del', 'ins', 'b', 'strong', 'em', 'code', 'p', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'h2', 'h3', 'ul', 'ol', 'li', 'blockquote', 'br', 'hr', 'pre'])

/**
 * Renders a whole comment as GitHub does, raw HTML included, then drops what its sanitiser
 * would: comments and any tag not on the allow-list. Returns the sanitised HTML, the visible text
 * and the tags that were dropped (which a reader would not see as intended).
 */
export function renderComment(markdown: string): { html: string; text: string; dropped: string[] } {
  const raw = micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] })
  const dropped: string[] = []
  const html = raw.replace(/<!--[\s\S]*?-->/g, '').replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (tag, name: string) => {
    if (GITHUB_KEEPS.has(name.toLowerCase())) return tag
    dropped.push(tag)
    return ''
  })
  return { html, text: visibleText(html), dropped }
}
