import { requirePackage } from '../util/require-package.js'
import { escapeInline } from './escape.js'

/** A word of a quoted clause, and whether the change added it, removed it, or left it. */
interface Unit {
  text: string
  kind: 'same' | 'add' | 'del'
}

/**
 * Words are whole whitespace-delimited runs, so that every `**` and `~~` we add sits next to a
 * space or the end of the text: Markdown then always reads them as emphasis, whatever
 * punctuation the clause has (`**,**` between two letters would show as literal asterisks).
 */
const words = (text: string): string[] => text.split(/\s+/).filter((w) => w.length > 0)

/** Renders units as Markdown: runs of added words bold, removed words struck, the rest escaped. */
function render(units: readonly Unit[]): string {
  const out: string[] = []
  for (let k = 0; k < units.length; ) {
    const kind = units[k]?.kind
    let j = k
    while (j < units.length && units[j]?.kind === kind) j++
    const run = units.slice(k, j).map((u) => escapeInline(u.text)).join(' ')
    out.push(kind === 'add' ? `**${run}**` : kind === 'del' ? `~~${run}~~` : run)
    k = j
  }
  return out.join(' ')
}

/**
 * The units to show within `max` characters: all of them when they fit, otherwise a window
 * around the changed words (from the first to the last, then context on both sides), so the
 * words that matter are never cut off, with "…" where text was left out.
 */
function centre(units: readonly Unit[], max: number): { units: Unit[]; before: boolean; after: boolean } {
  const size = (u: Unit): number => u.text.length + 1
  const total = units.reduce((n, u) => n + size(u), 0)
  if (total <= max) return { units: [...units], before: false, after: false }
  let first = units.findIndex((u) => u.kind !== 'same')
  if (first === -1) first = 0
  let last = first
  let used = 0
  // The changed span first, as much of it as fits.
  for (let k = first; k < units.length; k++) {
    const u = units[k] as Unit
    if (used + size(u) > max) break
    if (u.kind !== 'same' || k === first) last = k
    used += size(u)
  }
  used = units.slice(first, last + 1).reduce((n, u) => n + size(u), 0)
  let start = first
  let end = last
  // Then context, alternately before and after, while it fits.
  for (let grew = true; grew; ) {
    grew = false
    const prev = units[start - 1]
    if (prev && used + size(prev) <= max) {
      start--
      used += size(prev)
      grew = true
    }
    const next = units[end + 1]
    if (next && used + size(next) <= max) {
      end++
      used += size(next)
      grew = true
    }
  }
  return { units: units.slice(start, end + 1), before: start > 0, after: end < units.length - 1 }
}

function show(units: readonly Unit[], max: number): string {
  const window = centre(units, max)
  return `${window.before ? '… ' : ''}${render(window.units)}${window.after ? ' …' : ''}`
}

type DiffModule = typeof import('diff')
let diffModule: DiffModule | undefined
/** Only the review comments draw redlines: a run that writes no comment never loads the diff library. */
const loadDiff = (): DiffModule => (diffModule ??= (typeof require === 'function' ? require('diff') : requirePackage('diff')) as DiffModule)

/**
 * A word-level redline of a clause, old → new, as GitHub Markdown: removed words ~~struck~~,
 * added words **bold**, the quote centred on the change and at most about `max` characters of
 * clause text. Every word is escaped once (escapeInline).
 */
export function redline(before: string, after: string, max = 700): string {
  const { diffArrays } = loadDiff()
  const changes = diffArrays(words(before), words(after))
  const units: Unit[] = changes.flatMap((c) => c.value.map((text) => ({ text, kind: c.added ? ('add' as const) : c.removed ? ('del' as const) : ('same' as const) })))
  return show(units, max)
}

/**
 * An excerpt of a clause with the given phrases in bold, centred on them and at most about `max`
 * characters of text: the highlighted words can no longer fall outside a quote cut from the start.
 */
export function centredExcerpt(text: string, phrases: readonly string[], max = 700): string {
  const marked = new Array<boolean>(text.length).fill(false)
  for (const phrase of phrases.map((p) => p.trim()).filter((p) => p.length > 1)) {
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length)) marked.fill(true, at, at + phrase.length)
  }
  const units: Unit[] = []
  for (const m of text.matchAll(/\S+/g)) {
    const hit = marked.slice(m.index, m.index + m[0].length).some(Boolean)
    units.push({ text: m[0], kind: hit ? 'add' : 'same' })
  }
  return show(units, max)
}
