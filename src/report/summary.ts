import type { Finding } from '../analysis/types.js'
import { SUMMARY_MARKER } from './markers.js'
import { escapeInline } from './escape.js'
import { lineRange, severityBadge } from './markdown.js'
import type { FileReport } from './model.js'
import { findingState, signOffBlock, type SignOffView } from './summary-gate.js'
import { countsTable, fileSections } from './summary-sections.js'

/** GitHub refuses comment bodies over 65,536 characters; stay well below. */
export const COMMENT_LIMIT = 60_000
/** The job summary of a step may hold 1 MiB. */
export const JOB_SUMMARY_LIMIT = 1024 * 1024 - 4096

/** The state of the sign-off gate, as the summary shows it. */
export interface GateView {
  state: 'success' | 'pending' | 'failure' | 'error'
  headline: string
  /** Lines of detail: who signed off, which sign-offs were invalidated and why, who may sign off. */
  details: string[]
  /** The gate's decision per finding, who can still sign and how (src/gate/decide.ts). */
  signOff?: SignOffView
}

export interface SummaryInput {
  files: readonly FileReport[]
  headSha: string
  baseSha: string
  /** Links a finding to its place in the pull request's diff. */
  linkOf?: (file: FileReport, f: Finding) => string | undefined
  /** Ids of findings that could not be commented inline (outside the diff, or over the cap). */
  notInline?: ReadonlySet<string>
  gate?: GateView
  /** Extra notes: read-only token, truncated file list … */
  notes?: readonly string[]
  /** Versions of one text left behind by the change (report/drift.ts). */
  drift?: readonly string[]
  /** Extra sections shown whole after the findings, e.g. the draft notice to users (src/notice). */
  sections?: readonly string[]
}

const short = (sha: string): string => sha.slice(0, 7)

function headline(count: number, pending: number, gate: GateView | undefined): string {
  if (gate) return `## tos-guard: ${gate.headline}`
  if (count === 0) return '## tos-guard: no findings'
  return `## tos-guard: ${pending} finding${pending === 1 ? '' : 's'} need${pending === 1 ? 's' : ''} sign-off`
}

/**
 * The summary: always the current state of the whole pull request — findings by file, what was
 * not commented inline, the gate and how to pass it — bounded to fit where it is written.
 */
export function renderSummary(input: SummaryInput, limit = COMMENT_LIMIT): string {
  const all = input.files.flatMap((file) => file.findings.map((f) => ({ file, f })))
  const pending = all.filter(({ f }) => !f.suppressed).length
  const head: string[] = [SUMMARY_MARKER, headline(all.length, pending, input.gate), '']
  head.push(`Reviewed ${input.files.length} changed terms document${input.files.length === 1 ? '' : 's'} at \`${short(input.headSha)}\` against \`${short(input.baseSha)}\`.`, '')
  if (input.gate?.signOff) head.push(...signOffBlock(input.gate.signOff, input.headSha))
  if (input.gate) {
    head.push(...input.gate.details.map((d) => `- ${d}`), '')
  }
  for (const note of input.notes ?? []) head.push(`> [!WARNING]\n> ${note}`, '')
  for (const note of input.drift ?? []) head.push(`> [!NOTE]\n> ${note}`, '')

  const tail: string[] = []
  const unread = input.files.flatMap((f) => f.notes.map((n) => `- **${escapeInline(f.path)}**: ${escapeInline(n.message)}`))
  if (unread.length > 0) tail.push('', '### Files with notes', '', ...unread)
  for (const section of input.sections ?? []) tail.push('', section)
  const outside = all.filter(({ f }) => input.notInline?.has(f.id))
  tail.push('', `<sub>tos-guard compares what each clause grants, not lines of text: moved, re-wrapped or reworded text that adds nothing is not a finding. Finding ids are stable across runs.</sub>`)

  const counts = countsTable(all)
  if (counts.length > 0) head.push(...counts, '')
  const view = input.gate?.signOff
  const table = fileSections(input.files, input.linkOf, (f) => findingState(f, view))
  const outsideBlock: string[] = []
  if (outside.length > 0) {
    outsideBlock.push('', `### Not commented inline (${outside.length})`, '', 'These findings lie outside the lines this pull request changes, or over the number of inline comments one review may carry:', '')
    for (const { file, f } of outside) {
      outsideBlock.push(`- **${escapeInline(f.side === 'before' ? (file.previousPath ?? file.path) : file.path)}** ${f.side === 'before' ? 'old ' : ''}line ${lineRange(f)} — ${severityBadge(f)} ${escapeInline(f.message)}`)
    }
  }

  // Fit the limit: drop rows from the end of the longest parts and say how many were left out.
  const assemble = (rows: string[], outsideRows: string[]): string => [...head, ...rows, ...outsideRows, ...tail].join('\n')
  let text = assemble(table, outsideBlock)
  let keepTable = table.length
  let keepOutside = outsideBlock.length
  while (text.length > limit && (keepTable > 0 || keepOutside > 0)) {
    if (keepOutside > 5) keepOutside = Math.floor(keepOutside * 0.8)
    else if (keepTable > 0) keepTable = Math.floor(keepTable * 0.8)
    else keepOutside = 0
    const droppedRows = table.length - keepTable + (outsideBlock.length - keepOutside)
    const kept = table.slice(0, keepTable)
    // A cut inside a folded section must still close it, or the rest of the comment folds too.
    if (kept.filter((l) => l.startsWith('<details>')).length > kept.filter((l) => l === '</details>').length) kept.push('', '</details>')
    text = assemble(kept, [...outsideBlock.slice(0, keepOutside), '', `_… ${droppedRows} more rows: see the job summary or the JSON report of the run._`])
  }
  return text.length > limit ? `${text.slice(0, limit - 40)}\n\n_… truncated to fit._` : text
}
