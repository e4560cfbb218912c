import type { Clause } from '../markdown/clauses.js'
import type { Category, SeverityWeights } from '../rules/types.js'
import type { AnalysedSide } from './side.js'
import type { Span } from './text.js'
import type { FrameSummary, Severity, Side } from './types.js'

/** Something a finding names as new (or gone), and where it is written, if it can be pointed at. */
export interface AddedTerm {
  label: string
  span?: Span
}

/** A finding before findings on the same paragraph are merged and given their ids. */
export interface DraftFinding {
  category: Category
  side: Side
  rule: string
  clauseIndex: number
  added: AddedTerm[]
  score: number
  /** The message, given the labels of everything merged into the finding. */
  describe: (labels: readonly string[]) => string
  comparison?: { before?: FrameSummary; after: FrameSummary }
  previous?: Clause
  remediation?: string
  /** The analysed side the clause belongs to. */
  sideData: AnalysedSide
}

export function severityOf(score: number, weights: SeverityWeights): Severity {
  const t = weights.thresholds
  if (score >= t.critical) return 'critical'
  if (score >= t.high) return 'high'
  if (score >= t.medium) return 'medium'
  return 'low'
}

/** Joins labels as a reader would: "a, b and c". */
export function listing(labels: readonly string[]): string {
  if (labels.length <= 1) return labels[0] ?? ''
  // Labels that are lists themselves ("name, likeness, voice or image") need a stronger separator.
  if (labels.some((l) => /,| and | or /.test(l))) return labels.join('; ')
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1] ?? ''}`
}

export function uniqueLabels(terms: readonly AddedTerm[]): string[] {
  return [...new Set(terms.map((t) => t.label))]
}
