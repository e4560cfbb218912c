import type { Finding } from '../analysis/types.js'
import type { FileReport } from './model.js'

/**
 * A finding as the JSON report carries it. `removed` was added within version 1: what a
 * removed-protection finding takes away is listed there, and its `added` is empty (it used to
 * hold the removed items, which read as the opposite). Fields are only ever added in version 1.
 */
export type JsonFinding = Finding & { removed?: string[] }

/** The JSON report: a contract other tools rely on (see DESIGN.md). Version 1. */
export interface JsonReport {
  version: 1
  files: Array<{
    path: string
    previousPath?: string
    status?: FileReport['status']
    findings: JsonFinding[]
    notes?: FileReport['notes']
  }>
}

function toJsonFinding(f: Finding): JsonFinding {
  return f.category === 'removed-protection' ? { ...f, added: [], removed: [...f.added] } : f
}

export function toJsonReport(files: readonly FileReport[]): JsonReport {
  return {
    version: 1,
    files: files.map((f) => ({
      path: f.path,
      ...(f.previousPath !== undefined ? { previousPath: f.previousPath } : {}),
      ...(f.status !== undefined ? { status: f.status } : {}),
      findings: f.findings.map(toJsonFinding),
      ...(f.notes.length > 0 ? { notes: f.notes } : {}),
    })),
  }
}

export function renderJson(files: readonly FileReport[]): string {
  return `${JSON.stringify(toJsonReport(files), null, 2)}\n`
}
