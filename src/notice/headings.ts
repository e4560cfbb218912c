import type GithubSlugger from 'github-slugger'
import { requirePackage } from '../util/require-package.js'
import type { Heading } from './types.js'

/** Heading text as GitHub renders it before slugging: links, code and emphasis become their words. */
function plain(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]{0,80}>/g, '')
    .replace(/[*_`~]+/g, '')
    .trim()
}

type Slugger = typeof GithubSlugger
let sluggerClass: Slugger | undefined
/** Headings are read only for a material change (the draft notice links them): loaded then. */
const loadSlugger = (): Slugger => (sluggerClass ??= ((typeof require === 'function' ? require('github-slugger') : requirePackage('github-slugger')) as { default: Slugger }).default)

/**
 * The headings of a document with the anchors GitHub gives them (github-slugger, which numbers
 * repeated headings as GitHub does). A line scan, not a parse: the draft only needs the heading
 * a line sits under, and this runs on documents of any size in one pass.
 */
export function readHeadings(markdown: string): Heading[] {
  const slugger = new (loadSlugger())()
  const out: Heading[] = []
  const lines = markdown.split(/\r\n|\r|\n/)
  let fence: string | undefined
  let paragraph = false
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string
    const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(raw)
    if (opener) {
      const marker = opener[1] as string
      if (fence === undefined) fence = marker
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined
      paragraph = false
      continue
    }
    if (fence !== undefined) continue
    const atx = /^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/.exec(raw)
    if (atx) {
      const text = plain(atx[2] ?? '')
      out.push({ line: i + 1, depth: (atx[1] as string).length, text, anchor: slugger.slug(text) })
      paragraph = false
      continue
    }
    // A setext underline turns the paragraph line above it into a heading.
    const setext = /^ {0,3}(=+|-+)\s*$/.exec(raw)
    if (setext && paragraph) {
      const text = plain((lines[i - 1] as string).trim())
      out.push({ line: i, depth: (setext[1] as string).startsWith('=') ? 1 : 2, text, anchor: slugger.slug(text) })
      paragraph = false
      continue
    }
    paragraph = raw.trim() !== '' && !/^ {0,3}(?:[-+*]|\d+[.)])\s/.test(raw) && !/^ {0,3}>/.test(raw)
  }
  return out
}

/** The heading a line sits under: the last heading at or above it. */
export function sectionOf(headings: readonly Heading[], line: number): Heading | undefined {
  let found: Heading | undefined
  for (const h of headings) {
    if (h.line > line) break
    found = h
  }
  return found
}
