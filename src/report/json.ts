import type { Finding } from '../analysis/types.js'
import type { FileReport } from './model.js'

/** The JSON report: a contract other tools rely on (see DESIGN.md). Version 1. */
export interface JsonReport {
  version: 1
  files: Array<{
    path: string
    previousPath?: string
    status?: FileReport['status']
    findings: Finding[]
    notes?: FileReport['notes']
  }>
}

export function toJsonReport(files: readonly FileReport[]): JsonReport {
  return {
    version: 1,
    files: files.map((f) => ({
      path: f.path,
      ...(f.previousPath !== undefined ? { previousPath: f.previousPath } : {}),
      ...(f.status !== undefined ? { status: f.status } : {}),
      findings: f.findings,
      ...(f.notes.length > 0 ? { notes: f.notes } : {}),
    })),
  }
}

export function renderJson(files: readonly FileReport[]): string {
  return `${JSON.stringify(toJsonReport(files), null, 2)}\n`
}
