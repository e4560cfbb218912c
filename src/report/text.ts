import type { Finding, Severity } from '../analysis/types.js'
import type { FileReport } from './model.js'

export interface TextOptions {
  color: boolean
}

const COLORS: Record<Severity, string> = { critical: '\u001b[1;31m', high: '\u001b[31m', medium: '\u001b[33m', low: '\u001b[36m' }
const RESET = '\u001b[0m'
const DIM = '\u001b[2m'

function locate(file: FileReport, f: Finding): string {
  const path = f.side === 'before' ? (file.previousPath ?? file.path) : file.path
  const column = f.highlights.find((h) => h.line === f.startLine)?.startColumn ?? 1
  return `${path}:${f.startLine}:${column}`
}

/** Compiler-style lines: `path:line:col severity category message`, then what was added. */
export function renderText(files: readonly FileReport[], options: TextOptions): string {
  const lines: string[] = []
  const paint = (code: string, s: string): string => (options.color ? `${code}${s}${RESET}` : s)
  for (const file of files) {
    for (const note of file.notes) lines.push(`${file.path}: ${note.level}: ${note.message}`)
    for (const f of file.findings) {
      const side = f.side === 'before' ? ' (removed text, previous version)' : ''
      const suppressed = f.suppressed ? ` [suppressed (${f.suppressed.by}): ${f.suppressed.reason}]` : ''
      lines.push(`${locate(file, f)} ${paint(COLORS[f.severity], f.severity)} ${f.category} ${f.message}${side}${suppressed}`)
      if (f.added.length > 0) lines.push(paint(DIM, `    ${f.side === 'before' ? 'removed' : 'added'}: ${f.added.join('; ')}`))
    }
  }
  const count = files.reduce((n, f) => n + f.findings.length, 0)
  lines.push(count === 0 ? 'tos-guard: no findings' : `tos-guard: ${count} finding${count === 1 ? '' : 's'} in ${files.filter((f) => f.findings.length > 0).length} file(s)`)
  return `${lines.join('\n')}\n`
}
