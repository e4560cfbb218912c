import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { toJsonReport } from '../report/json.js'
import type { FileReport } from '../report/model.js'
import { renderSarif } from '../report/sarif.js'
import { JOB_SUMMARY_LIMIT } from '../report/summary.js'
import type { RunIo } from './run.js'

/** GitHub shows at most 10 error and 10 warning annotations per step. */
const ANNOTATION_LIMIT = 10

/** Writes what the job itself shows: the JSON report and SARIF files, their outputs, and the job summary (cut to its 1 MiB limit). */
export async function writeJobOutputs(io: RunIo, reports: readonly FileReport[], summary: string): Promise<void> {
  const dir = io.env.RUNNER_TEMP ?? io.env.TMPDIR ?? '/tmp'
  const reportPath = join(dir, 'tos-guard-report.json')
  const sarifPath = join(dir, 'tos-guard.sarif')
  writeFileSync(reportPath, `${JSON.stringify(toJsonReport(reports), null, 2)}\n`)
  writeFileSync(sarifPath, renderSarif(reports))
  io.setOutput('findings', String(reports.reduce((n, r) => n + r.findings.length, 0)))
  io.setOutput('report', reportPath)
  io.setOutput('sarif', sarifPath)
  const job = summary.length > JOB_SUMMARY_LIMIT ? `${summary.slice(0, JOB_SUMMARY_LIMIT - 200)}\n\n_… cut to the 1 MiB job-summary limit; the full list is in ${reportPath}._\n` : summary
  await io.writeJobSummary(job)
}

/** Annotations reach reviewers even when the token cannot comment: all findings then, else the critical ones. */
export function annotate(io: RunIo, reports: readonly FileReport[], readOnly: boolean): void {
  const all = reports.flatMap((r) => r.findings.filter((f) => !f.suppressed).map((f) => ({ r, f })))
  const shown = readOnly ? all : all.filter(({ f }) => f.severity === 'critical')
  shown.slice(0, ANNOTATION_LIMIT).forEach(({ r, f }) => {
    io.annotate(f.severity === 'critical' || f.severity === 'high' ? 'error' : 'warning', f.message, {
      file: f.side === 'before' ? (r.previousPath ?? r.path) : r.path,
      startLine: f.startLine,
      endLine: f.endLine,
      title: `tos-guard: ${f.category}`,
    })
  })
  if (shown.length > ANNOTATION_LIMIT) io.annotate('notice', `${shown.length - ANNOTATION_LIMIT} more finding(s): see the job summary`, { file: shown[0]?.r.path ?? '', startLine: 1, endLine: 1, title: 'tos-guard' })
}

