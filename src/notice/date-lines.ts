import type { Chrono } from 'chrono-node'
import { requirePackage } from '../util/require-package.js'
import type { DateKind, DateLine, NoticeLanguage } from './types.js'

/**
 * The labels that open a document's date line, per language. Data, not code: a label must start
 * the line (after Markdown emphasis, quote or list markers), so a sentence that merely mentions
 * "effective" or "updated" is never taken for the date line.
 */
export const DATE_LABELS: ReadonlyArray<{ language: NoticeLanguage; kind: DateKind; label: RegExp }> = [
  { language: 'en', kind: 'effective', label: /^(?:effective date|date effective|effective as of|effective from|effective on|effective)(?![\p{L}])/iu },
  { language: 'en', kind: 'updated', label: /^(?:last (?:updated|modified|revised|amended|changed)(?: on)?|date of last (?:update|revision)|version (?:of|dated))(?![\p{L}])/iu },
  { language: 'fr', kind: 'effective', label: /^(?:date d['’]entrée en vigueur|en vigueur (?:le|depuis le|à compter du|au)|entrée en vigueur(?: le)?)(?![\p{L}])/iu },
  { language: 'fr', kind: 'updated', label: /^(?:dernière mise à jour(?: le)?|mise à jour le|mis à jour le|version du)(?![\p{L}])/iu },
  { language: 'de', kind: 'effective', label: /^(?:gültig ab|gültig seit|in kraft (?:seit|ab)|inkrafttreten(?: am)?|wirksam ab)(?![\p{L}])/iu },
  { language: 'de', kind: 'updated', label: /^(?:stand|zuletzt aktualisiert(?: am)?|letzte aktualisierung|zuletzt geändert(?: am)?|fassung vom|version vom)(?![\p{L}])/iu },
  { language: 'es', kind: 'effective', label: /^(?:fecha de entrada en vigor|fecha de vigencia|en vigor (?:desde el|desde|a partir del)|vigente (?:desde el|desde|a partir del))(?![\p{L}])/iu },
  { language: 'es', kind: 'updated', label: /^(?:última actualización|ultima actualizacion|actualizado el|versión del|versión de)(?![\p{L}])/iu },
]

/** A date line is a line, not a paragraph: longer lines are sentences that happen to start alike. */
const MAX_LINE = 160

/** Markdown around the words: quote and heading markers, list bullets, emphasis, HTML tags. */
function stripMarkup(line: string): string {
  return line
    .replace(/<[^>]{0,80}>/g, ' ')
    .replace(/^\s{0,3}(?:>\s*)*(?:#{1,6}\s+)?(?:[-+*]\s+)?/, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\\$/, '')
    .replace(/\s+/g, ' ')
    .trim()
}

type Locale = { strict: Chrono }
const parsers: Partial<Record<NoticeLanguage, Chrono>> = {}

/**
 * chrono-node's parser for one language, loaded when a line first needs it: a locale builds its
 * patterns as it loads (most of a small run's start-up), and most documents never have a date
 * line in more than one language. One locale per language, not the package's index, which loads
 * every locale chrono has. The require calls are literal so that the bundler can see them.
 */
function parserFor(language: NoticeLanguage): Chrono {
  const bundled = typeof require === 'function'
  const load = (): Locale => {
    switch (language) {
      case 'fr':
        return (bundled ? require('chrono-node/fr') : requirePackage('chrono-node/fr')) as Locale
      case 'de':
        return (bundled ? require('chrono-node/de') : requirePackage('chrono-node/de')) as Locale
      case 'es':
        return (bundled ? require('chrono-node/es') : requirePackage('chrono-node/es')) as Locale
      default:
        return (bundled ? require('chrono-node/en') : requirePackage('chrono-node/en')) as Locale
    }
  }
  return (parsers[language] ??= load().strict)
}

const pad = (n: number): string => String(n).padStart(2, '0')

/**
 * The first full date (day, month and year all written) on a line, read by chrono-node's strict
 * parser for the label's language: "today" or a bare month never counts, and nothing is filled
 * in from a reference date, so the result depends on the text alone.
 */
export function parseFullDate(text: string, language: NoticeLanguage): { date: string; text: string } | undefined {
  // The reference date only fills in what the text leaves out, and a date that leaves anything
  // out is refused below, so a fixed reference keeps the parse pure.
  const reference = new Date(Date.UTC(2000, 0, 1))
  for (const result of parserFor(language).parse(text, reference)) {
    const start = result.start
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue
    const year = start.get('year')
    const month = start.get('month')
    const day = start.get('day')
    if (year === null || month === null || day === null) continue
    return { date: `${year}-${pad(month)}-${pad(day)}`, text: result.text }
  }
  return undefined
}

function readLine(raw: string, lineNumber: number): DateLine | undefined {
  if (raw.length > MAX_LINE) return undefined
  const text = stripMarkup(raw)
  for (const { language, kind, label } of DATE_LABELS) {
    const m = label.exec(text)
    if (!m) continue
    const rest = text.slice(m[0].length)
    const parsed = parseFullDate(rest, language)
    // Without a date, only a label that announces one ("Stand:", "Last updated —") is a date line.
    if (!parsed && !/^\s*[:–—-]/.test(rest)) continue
    const line: DateLine = { line: lineNumber, text, kind, language }
    if (parsed) {
      line.date = parsed.date
      line.dateText = parsed.text
      const at = raw.indexOf(parsed.text)
      if (at !== -1) {
        line.startColumn = at + 1
        line.endColumn = at + 1 + parsed.text.length
      }
    }
    return line
  }
  return undefined
}

/** Every date line of a document, in order, outside fenced code blocks. */
export function findDateLines(markdown: string): DateLine[] {
  const out: DateLine[] = []
  let fence: string | undefined
  const lines = markdown.split(/\r\n|\r|\n/)
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string
    const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(raw)
    if (opener) {
      const marker = opener[1] as string
      if (fence === undefined) fence = marker
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined
      continue
    }
    if (fence !== undefined) continue
    const found = readLine(raw, i + 1)
    if (found) out.push(found)
  }
  return out
}

/**
 * The line that says when the terms take effect: the first "effective" line, else the first
 * "updated" line (many terms use "Last updated" as their effective date).
 */
export function effectiveDateLine(lines: readonly DateLine[], prefer?: DateLine['kind']): DateLine | undefined {
  const kind = prefer ?? (lines.some((l) => l.kind === 'effective') ? 'effective' : 'updated')
  return lines.find((l) => l.kind === kind) ?? lines[0]
}
