import type { Category, Severity } from '../rules/types.js'

export type { Category, Severity }

export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical']
export const CATEGORIES: readonly Category[] = ['broad-license-grant', 'ai-training', 'removed-protection', 'broadened-definition', 'policy-change', 'notice']

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s)
}

export type Side = 'after' | 'before'

/** Where added words sit in the file, so reporters can highlight them. */
export interface Highlight {
  line: number
  startColumn: number
  endColumn: number
  text: string
}

/** The slots of a grant on one side of the change, in words a lawyer would recognise. */
export interface FrameSummary {
  attributes: string[]
  rights: string[]
  objects: string[]
  purposes: string[]
  grantees: string[]
}

/**
 * A finding is a neutral record: what the change adds, where, and how serious it is.
 * Reporters decide how to show it; nothing downstream drops one.
 */
export interface Finding {
  /** Stable fingerprint of category + normalised clause + what was added. */
  id: string
  category: Category
  severity: Severity
  side: Side
  /** 1-based lines in that side's file. */
  startLine: number
  endLine: number
  excerpt: string
  /** What is new (or, for removed protections, what is gone), in a lawyer's words. */
  added: string[]
  message: string
  /** The rule that produced it, e.g. "builtin/ai-training". */
  rule: string
  /** The severity score before it was bucketed. */
  score: number
  highlights: Highlight[]
  /** The clause's grant before and after, when the finding is about a grant. */
  comparison?: { before?: FrameSummary; after: FrameSummary }
  /** The base-side clause this one was compared with, when there was one. */
  previous?: { startLine: number; endLine: number; excerpt: string }
  /** How to resolve it, from the rule that found it. */
  remediation?: string
  /**
   * Set when an inline `tos-guard-disable` comment or an accepted entry of the policy covers
   * the finding: it is still reported, but it needs no sign-off. An inline one names its
   * directive and line (new version), so the summary can say which comment hides what.
   */
  suppressed?: { by: 'inline' | 'accepted'; reason: string; expires?: string; directive?: string; line?: number }
}

export interface AnalysisResult {
  findings: Finding[]
  /** How the documents had to be read, when not as usual (e.g. nesting too deep for Markdown). */
  notes: string[]
  /**
   * The notes that say a version was not read as Markdown (plain paragraphs), or that the new
   * version's raw HTML may hide text that was read: what a reader sees may not be what was
   * analysed, so such a file is never passed.
   */
  unread?: string[]
  /** Counts that explain what was compared, for summaries. */
  stats: { beforeClauses: number; afterClauses: number; unchanged: number; changed: number; added: number; removed: number }
}
