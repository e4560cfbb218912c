/**
 * npm run bench, pathological shapes: documents built to stress one thing each (a giant
 * paragraph, wide and long tables, deep nesting, many headings, very long lines), each with an
 * edit that adds a finding, timed against parsing both texts with remark-parse (the floor) in the
 * same process, alternately. Sizes are capped so that no shape runs for minutes (smaller with
 * --quick): what matters is the ratio, not the size.
 */
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { analyze } from '../src/analysis/engine.js'

export interface Shape {
  name: string
  before: string
  after: string
}

const SENTENCE = 'Users may export their account records at any time from the settings page of the service. '
const EDIT = 'We may use your content to train our artificial intelligence models. '

/** `text` repeated to about `bytes` characters. */
const fill = (text: string, bytes: number): string => text.repeat(Math.max(1, Math.ceil(bytes / text.length))).slice(0, bytes)

/** The shapes at about `bytes` characters per side. */
export function shapes(bytes: number): Shape[] {
  const paragraph = fill(SENTENCE, bytes)
  const half = Math.floor(paragraph.length / 2)
  const at = paragraph.lastIndexOf('. ', half) + 2

  const row = (cells: number, k: number): string => `| ${Array.from({ length: cells }, (_, c) => `cell ${k}.${c}`).join(' | ')} |`
  const table = (cells: number, rows: number, edit: boolean): string => {
    const lines = [row(cells, 0), `|${' --- |'.repeat(cells)}`]
    for (let k = 1; k <= rows; k++) lines.push(k === Math.floor(rows / 2) && edit ? row(cells, k).replace('cell', EDIT.trim()) : row(cells, k))
    return `# Data we keep\n\n${lines.join('\n')}\n`
  }
  // Rows of a wide table are ~14 characters a cell, twenty of them; a long table's ~60 characters a row.
  const wideCells = Math.max(20, Math.round(bytes / 300))
  const longRows = Math.max(200, Math.round(bytes / 60))

  // Just inside the depth the parser is given (MAX_NESTING, 32); deeper text is read as plain paragraphs.
  const depth = 30
  const nested = (edit: boolean): string => {
    const lines: string[] = []
    for (let d = 0; d < depth; d++) lines.push(`${'> '.repeat(d)}${SENTENCE}`)
    const unit = `${lines.join('\n')}\n\n`
    const body = fill(unit, bytes)
    return edit ? body.replace(SENTENCE, EDIT) : body
  }

  const headingCount = Math.max(500, Math.round(bytes / 100))
  const headings = (edit: boolean): string =>
    Array.from({ length: headingCount }, (_, k) => `## Section ${k + 1}\n\n${k === Math.floor(headingCount / 2) && edit ? EDIT : SENTENCE}\n`).join('\n')

  const lineLength = Math.min(100_000, bytes)
  const longLines = (edit: boolean): string => {
    const lines = Array.from({ length: Math.max(1, Math.floor(bytes / lineLength)) }, () => fill(SENTENCE, lineLength))
    if (edit) lines[Math.floor(lines.length / 2)] = `${EDIT}${lines[Math.floor(lines.length / 2)] ?? ''}`
    return `${lines.join('\n\n')}\n`
  }

  return [
    { name: `giant paragraph (${Math.round(bytes / 1e3)} kB, one block)`, before: paragraph, after: `${paragraph.slice(0, at)}${EDIT}${paragraph.slice(at)}` },
    { name: `wide table (${wideCells} columns)`, before: table(wideCells, 20, false), after: table(wideCells, 20, true) },
    { name: `long table (${longRows} rows)`, before: table(4, longRows, false), after: table(4, longRows, true) },
    { name: `deep nesting (${depth} levels of quotes)`, before: nested(false), after: nested(true) },
    { name: `${headingCount} headings`, before: headings(false), after: headings(true) },
    { name: `${lineLength / 1000}k-character lines`, before: longLines(false), after: longLines(true) },
  ]
}

export interface ShapeTime {
  name: string
  bytes: number
  floor: number
  engine: number
  findings: number
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

export function benchShapes(bytes: number, reps: number): ShapeTime[] {
  const floorParser = unified().use(remarkParse)
  return shapes(bytes).map((s) => {
    const floors: number[] = []
    const engines: number[] = []
    let findings = 0
    for (let r = 0; r < reps; r++) {
      let t = performance.now()
      floorParser.parse(s.before)
      floorParser.parse(s.after)
      floors.push(performance.now() - t)
      t = performance.now()
      findings = analyze(s.before, s.after).findings.length
      engines.push(performance.now() - t)
    }
    return { name: s.name, bytes: s.before.length + s.after.length, floor: median(floors), engine: median(engines), findings }
  })
}
