import type { Finding } from '../analysis/types.js'
import type { NoticeFacts } from '../notice/types.js'

/** Why a changed file has no findings to show, when it could not be analysed as usual. */
export interface FileNote {
  level: 'error' | 'warning' | 'notice'
  message: string
}

/** The findings of one changed file: what every reporter renders. */
export interface FileReport {
  /** The file's path in the new version (its old path when it was deleted). */
  path: string
  /** The file's path in the old version, when it differs (renamed) or is the only one (deleted). */
  previousPath?: string
  status?: 'added' | 'modified' | 'renamed' | 'removed'
  findings: Finding[]
  notes: FileNote[]
  /** What the notice check read (src/notice), for the draft notice to users; not in the JSON report. */
  notice?: NoticeFacts
  /**
   * The nearest new-version line to a line of the old version, when both versions were read:
   * where a reporter that can only point into the new file (SARIF) shows removed text.
   */
  nearestAfterLine?: (beforeLine: number) => number
}

export function allFindings(files: readonly FileReport[]): Finding[] {
  return files.flatMap((f) => f.findings)
}

/**
 * Identical clauses in two documents give identical finding ids; within one set of reports each
 * id must name one finding (comments and sign-offs are keyed by it). Later duplicates, in path
 * order, get a suffix, as repeated clauses within one file do.
 */
export function disambiguateIds(files: readonly FileReport[]): void {
  const seen = new Map<string, number>()
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    for (const f of file.findings) {
      const n = seen.get(f.id) ?? 0
      seen.set(f.id, n + 1)
      if (n > 0) f.id = `${f.id}-f${n + 1}`
    }
  }
}
