import type { Finding } from '../analysis/types.js'
import { escapeInline, truncate } from './escape.js'
import type { FileReport } from './model.js'

const SEVERITY_BADGE: Record<Finding['severity'], string> = { critical: '🟥 critical', high: '🟧 high', medium: '🟨 medium', low: '🟦 low' }

export function lineRange(f: Pick<Finding, 'startLine' | 'endLine'>): string {
  return f.startLine === f.endLine ? `${f.startLine}` : `${f.startLine}–${f.endLine}`
}

export function severityBadge(f: Pick<Finding, 'severity'>): string {
  return SEVERITY_BADGE[f.severity]
}

/** A table of every finding: file, lines, severity, category and what was added. */
export function findingsTable(files: readonly FileReport[], linkOf?: (file: FileReport, f: Finding) => string | undefined): string {
  const rows = files.flatMap((file) =>
    file.findings.map((f) => {
      const where = `${escapeInline(f.side === 'before' ? (file.previousPath ?? file.path) : file.path)}`
      const lines = `${f.side === 'before' ? 'removed ' : ''}${lineRange(f)}`
      const link = linkOf?.(file, f)
      const added = escapeInline(truncate(f.added.join('; '), 200))
      return `| ${where} | ${link ? `[${lines}](${link})` : lines} | ${severityBadge(f)} | \`${f.category}\` | ${added} |`
    }),
  )
  if (rows.length === 0) return ''
  return ['| File | Lines | Severity | Category | What changed |', '|---|---|---|---|---|', ...rows].join('\n')
}

/** A block quote of a document excerpt, neutralised. */
export function quote(text: string, max = 500): string {
  return `> ${escapeInline(truncate(text, max))}`
}

/** The Markdown report of the CLI (`--format markdown`): a table, then each finding in full. */
export function renderMarkdown(files: readonly FileReport[]): string {
  const total = files.reduce((n, f) => n + f.findings.length, 0)
  const out: string[] = [`## tos-guard: ${total === 0 ? 'no findings' : `${total} finding${total === 1 ? '' : 's'}`}`, '']
  const notes = files.flatMap((f) => f.notes.map((n) => `- **${escapeInline(f.path)}** (${n.level}): ${escapeInline(n.message)}`))
  if (notes.length > 0) out.push(...notes, '')
  if (total > 0) {
    out.push(findingsTable(files), '')
    for (const file of files) {
      for (const f of file.findings) {
        const path = f.side === 'before' ? (file.previousPath ?? file.path) : file.path
        out.push(`### ${escapeInline(path)} line ${lineRange(f)}: ${f.category}`, '')
        out.push(`${severityBadge(f)} — ${escapeInline(f.message)}`, '')
        if (f.suppressed) out.push(`_Suppressed (${f.suppressed.by}): ${escapeInline(f.suppressed.reason)}_`, '')
        out.push(quote(f.excerpt), '')
      }
    }
  }
  return `${out.join('\n').trimEnd()}\n`
}
