import { severityRank, type Finding, type Severity } from '../analysis/types.js'
import type { FileReport } from '../report/model.js'
import type { Decision } from './decide.js'
import type { Evaluation } from './state.js'

/*
 * The gate's verdict on a run, from what was read and who signed off: which findings need
 * sign-off, whether anything went unreviewed (which is never green), what the status says, and
 * whether the job itself must fail. Pure: the Action (src/github/run.ts) reads and writes.
 */

/** Whether a finding needs sign-off: not suppressed, at or above `failOn`. */
export function needsSignOff(failOn: Severity): (f: Finding) => boolean {
  return (f) => !f.suppressed && severityRank(f.severity) >= severityRank(failOn)
}

/** Findings at or above `failOn`, suppressed or not: whose approvers the gate asks about. */
export function atOrAbove(failOn: Severity): (f: Finding) => boolean {
  return (f) => severityRank(f.severity) >= severityRank(failOn)
}

/** The evaluation a run records in the gate's state: the ids flagged at the head, sorted. */
export function evaluationOf(reports: readonly FileReport[], failOn: Severity, sha: string, at: string): Evaluation {
  const flagged = reports.flatMap((r) => r.findings.filter(needsSignOff(failOn)).map((f) => f.id))
  return { sha, ids: [...new Set(flagged)].sort(), at }
}

/** How many findings need sign-off, counted per file (the same id in two files counts twice). */
export function pendingCount(reports: readonly FileReport[], failOn: Severity): number {
  return reports.reduce((n, r) => n + r.findings.filter(needsSignOff(failOn)).length, 0)
}

/** What the run could not review: a file list GitHub cut short, documents with an error note. */
export interface Unreviewed {
  /** Set when GitHub listed only this many of the changed files. */
  listingLimit?: number
  /** Paths of the documents that could not be read or analysed. */
  unreadable: string[]
}

export function unreviewed(reports: readonly FileReport[], listingLimit: number | undefined): Unreviewed {
  return {
    ...(listingLimit !== undefined ? { listingLimit } : {}),
    unreadable: reports.filter((r) => r.notes.some((n) => n.level === 'error')).map((r) => r.path),
  }
}

export interface Verdict {
  state: Decision['state'] | 'error'
  /** For the status (plain text; GitHub cuts it at 140 characters). */
  description: string
}

/** A document tos-guard could not read is not a document without findings: either way, never green. */
export function verdict(decision: Decision, missed: Unreviewed): Verdict {
  const limit = missed.listingLimit?.toLocaleString('en-US')
  if (limit !== undefined) return { state: 'error', description: `tos-guard could not review this pull request: it changes over ${limit} files, GitHub's listing limit. Split it` }
  if (missed.unreadable.length > 0) return { state: 'error', description: `tos-guard could not read ${missed.unreadable.length} terms document(s); see the summary` }
  return { state: decision.state, description: decision.description }
}

/**
 * Why the job must fail, if it must. With a status, the status is the gate and the job succeeds;
 * what could not be reviewed fails it anyway, and so do findings a read-only token cannot hold.
 */
export function jobFailure(v: Verdict, missed: Unreviewed, decision: Decision, readOnly: boolean, pending: number, context: string): string | undefined {
  if (missed.listingLimit !== undefined) return v.description
  if (missed.unreadable.length > 0) return `tos-guard could not read ${missed.unreadable.join(', ')}; see the summary`
  if (readOnly && decision.state !== 'success') return `${pending} finding(s) need sign-off, and this token cannot set the ${context} status`
  return undefined
}
