import type { Finding } from '../analysis/types.js'

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
}

export function allFindings(files: readonly FileReport[]): Finding[] {
  return files.flatMap((f) => f.findings)
}
