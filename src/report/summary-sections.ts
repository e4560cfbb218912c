import { CATEGORIES, SEVERITIES, severityRank, type Finding, type Severity } from '../analysis/types.js'
import { CATEGORY_TITLES } from './comment.js'
import { escapeInline, truncate } from './escape.js'
import { lineRange, severityBadge } from './markdown.js'
import type { FileReport } from './model.js'

/** Past this many findings a file's table is folded into a <details> block. */
export const FOLD_AFTER = 5

const BY_SEVERITY = [...SEVERITIES].reverse()

/** Counts by category and severity: the first thing a reader with 40 findings needs. */
export function countsTable(all: ReadonlyArray<{ f: Finding }>): string[] {
  if (all.length === 0) return []
  const count = (pred: (f: Finding) => boolean): number => all.filter(({ f }) => pred(f)).length
  const header = `| Category | ${BY_SEVERITY.map((s) => severityBadge({ severity: s })).join(' | ')} | Total |`
  const rows = CATEGORIES.filter((c) => count((f) => f.category === c) > 0).map(
    (c) => `| ${CATEGORY_TITLES[c]} | ${BY_SEVERITY.map((s) => count((f) => f.category === c && f.severity === s)).join(' | ')} | ${count((f) => f.category === c)} |`,
  )
  const total = `| **Total** | ${BY_SEVERITY.map((s) => `**${count((f) => f.severity === s)}**`).join(' | ')} | **${all.length}** |`
  return [header, `|---|${BY_SEVERITY.map(() => '---:|').join('')}---:|`, ...rows, total]
}

function findingRow(file: FileReport, f: Finding, link: string | undefined, state: string): string {
  const path = escapeInline(f.side === 'before' ? (file.previousPath ?? file.path) : file.path)
  const lines = `${f.side === 'before' ? 'old ' : ''}${lineRange(f)}`
  return `| ${path} | ${link ? `[${lines}](${link})` : lines} | ${severityBadge(f)} | ${CATEGORY_TITLES[f.category]} | ${escapeInline(truncate(f.added.join('; '), 160))} | ${state} |`
}

const worst = (findings: readonly Finding[]): number => Math.max(-1, ...findings.map((f) => severityRank(f.severity)))

function describeCounts(findings: readonly Finding[]): string {
  const parts = BY_SEVERITY.map((s: Severity) => [s, findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0)
  return `${findings.length} finding${findings.length === 1 ? '' : 's'}: ${parts.map(([s, n]) => `${n} ${s}`).join(', ')}`
}

/**
 * One section per file, the file with the most severe finding first; in each, findings by
 * severity, then line. A file with more than FOLD_AFTER findings is folded, its counts showing.
 * Returned as lines, so the caller can drop rows from the end to fit a size limit.
 */
export function fileSections(
  files: readonly FileReport[],
  linkOf?: (file: FileReport, f: Finding) => string | undefined,
  stateOf: (f: Finding) => string = (f) => (f.suppressed ? `suppressed (${f.suppressed.by})` : 'open'),
): string[] {
  const withFindings = files.filter((f) => f.findings.length > 0)
  const ordered = [...withFindings].sort((a, b) => worst(b.findings) - worst(a.findings) || a.path.localeCompare(b.path))
  const out: string[] = []
  for (const file of ordered) {
    const findings = [...file.findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.startLine - b.startLine)
    const fold = findings.length > FOLD_AFTER
    out.push('', `### ${escapeInline(file.path)}${file.previousPath ? ` (was ${escapeInline(file.previousPath)})` : ''}`, '')
    // Folded, a file must still say how many of its findings wait on someone.
    const open = findings.filter((f) => stateOf(f) === 'open').length
    if (fold) out.push(`<details><summary>${describeCounts(findings)}${open < findings.length && open > 0 ? ` · ${open} open` : ''}</summary>`, '')
    out.push('| File | Lines | Severity | Category | What changed | State |', '|---|---|---|---|---|---|')
    for (const f of findings) out.push(findingRow(file, f, linkOf?.(file, f), stateOf(f)))
    if (fold) out.push('', '</details>')
  }
  return out
}
