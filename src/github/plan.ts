import { severityRank, type Finding } from '../analysis/types.js'
import { renderClauseComment, type SignOffHint } from '../report/comment.js'
import { escapeInline } from '../report/escape.js'
import { lineRange, severityBadge } from '../report/markdown.js'
import type { FileReport } from '../report/model.js'
import { diffLines, placeFinding, type DiffLines } from './hunks.js'
import { findingMarker } from '../report/markers.js'

/** A review thread tos-guard opened earlier, and what it is about. */
export interface OwnThread {
  id: string
  findingIds: string[]
  isResolved: boolean
  /** Someone other than tos-guard replied: the thread is theirs now, never auto-resolved. */
  hasReplies: boolean
}

/** What earlier runs already posted on this pull request. */
export interface ReviewState {
  threads: OwnThread[]
  /** Finding ids listed in the bodies of tos-guard's earlier reviews. */
  reviewBodyIds: ReadonlySet<string>
}

export interface PlannedComment {
  findingId: string
  path: string
  body: string
  line: number
  side: 'RIGHT' | 'LEFT'
  start_line?: number
  start_side?: 'RIGHT' | 'LEFT'
}

/** Everything one run writes to a pull request's review, decided before anything is written. */
export interface ReviewPlan {
  comments: PlannedComment[]
  /** New findings that get no inline comment: outside the diff, or over the cap. */
  unanchored: Array<{ file: FileReport; finding: Finding }>
  /** The review body, or undefined when there is nothing new to review. */
  body?: string
  /** Threads whose findings are gone (and nobody replied): resolve them. */
  resolve: string[]
  /** Every current finding without an inline comment, for the summary. */
  notInline: Set<string>
}

export const DEFAULT_COMMENT_CAP = 30

/**
 * Decides the one review this run posts. Pure: the same findings, diff and state give the same
 * plan. Every comment targets lines inside a hunk on its side, so GitHub cannot reject the review
 * for a line outside the diff; anything that cannot be placed goes to the review body instead.
 */
export function planReview(files: readonly FileReport[], patches: ReadonlyMap<string, string | undefined>, state: ReviewState, signOff: SignOffHint, cap = DEFAULT_COMMENT_CAP): ReviewPlan {
  const posted = new Set<string>(state.reviewBodyIds)
  const inThreads = new Set<string>()
  for (const t of state.threads) for (const id of t.findingIds) inThreads.add(id)
  for (const id of inThreads) posted.add(id)

  const comments: PlannedComment[] = []
  const unanchored: ReviewPlan['unanchored'] = []
  const notInline = new Set<string>()
  const current = new Set<string>()
  const diffs = new Map<string, DiffLines>()
  // Candidates in severity order (file order within a severity), so the cap keeps the inline
  // slots for the findings that matter most and sends the least severe to the review body.
  const candidates: Array<{ file: FileReport; f: Finding }> = []
  for (const file of files) {
    for (const f of file.findings) {
      if (f.suppressed) {
        notInline.add(f.id)
        continue
      }
      current.add(f.id)
      if (posted.has(f.id)) {
        if (!inThreads.has(f.id)) notInline.add(f.id)
        continue
      }
      candidates.push({ file, f })
    }
  }
  candidates.sort((x, y) => severityRank(y.f.severity) - severityRank(x.f.severity))
  // One comment per clause: findings on the same lines of the same file and side share it.
  const groups = new Map<string, Array<{ file: FileReport; f: Finding }>>()
  for (const c of candidates) {
    const key = `${c.file.path}\0${c.f.side}\0${c.f.startLine}\0${c.f.endLine}`
    const group = groups.get(key)
    if (group) group.push(c)
    else groups.set(key, [c])
  }
  for (const group of groups.values()) {
    const { file, f } = group[0] as { file: FileReport; f: Finding }
    let lines = diffs.get(file.path)
    if (!lines) {
      lines = diffLines(patches.get(file.path))
      diffs.set(file.path, lines)
    }
    const place = comments.length < cap ? placeFinding(f, lines) : undefined
    if (!place) {
      for (const member of group) {
        unanchored.push({ file, finding: member.f })
        notInline.add(member.f.id)
      }
      continue
    }
    comments.push({
      findingId: f.id,
      path: file.path,
      body: renderClauseComment(group.map((m) => m.f), signOff),
      line: place.line,
      side: place.side,
      ...(place.startLine !== undefined ? { start_line: place.startLine, start_side: place.side } : {}),
    })
  }

  const resolve = state.threads.filter((t) => !t.isResolved && !t.hasReplies && t.findingIds.length > 0 && t.findingIds.every((id) => !current.has(id))).map((t) => t.id)
  const plan: ReviewPlan = { comments, unanchored, resolve, notInline }
  if (comments.length > 0 || unanchored.length > 0) plan.body = reviewBody(comments.length, unanchored, signOff)
  return plan
}

function reviewBody(inline: number, unanchored: ReviewPlan['unanchored'], signOff: SignOffHint): string {
  const total = inline + unanchored.length
  const out = [`**tos-guard** found ${total} new finding${total === 1 ? '' : 's'} in the terms documents of this pull request${inline > 0 ? ` (${inline} commented inline)` : ''}.`]
  if (unanchored.length > 0) {
    out.push('', 'Not on a changed line, or over the inline-comment limit:', '')
    for (const { file, finding: f } of unanchored) {
      out.push(`- **${escapeInline(f.side === 'before' ? (file.previousPath ?? file.path) : file.path)}** ${f.side === 'before' ? 'old ' : ''}line ${lineRange(f)} — ${severityBadge(f)} ${escapeInline(f.message)} ${findingMarker(f.id)}`)
    }
  }
  out.push('', `To sign off: ${signOff.text}`)
  return out.join('\n')
}
