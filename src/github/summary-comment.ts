import { emptyState, markShown, parseState, type GateState } from '../gate/state.js'
import type { Api } from './api.js'
import { SUMMARY_MARKER } from '../report/markers.js'
import { isOwn, type Identity } from './review.js'

export type SummaryWrite = 'created' | 'updated' | 'unchanged'

export interface ListedComment {
  id: number
  body?: string
  html_url?: string
  updated_at?: string
  user?: { login: string; type?: string } | null
}

export interface OwnSummary {
  /** tos-guard's summary comment, when one holds a state bound to it. */
  comment?: ListedComment
  /** The state as written. */
  state: GateState
  /** The same, with what the comment showed marked as shown since its last write. */
  shownState: GateState
}

/**
 * Finds tos-guard's own summary comment. The login alone is not enough: every workflow of the
 * repository posts as github-actions[bot], and one that echoes a title or body can post text
 * that looks like tos-guard's summary. Only a comment written by the token's identity, starting
 * with the summary marker, whose state names that very comment's id (which nobody can know
 * before the comment exists) is tos-guard's. The latest such comment wins.
 */
export function findOwnSummary(comments: readonly ListedComment[], identity: Identity): OwnSummary {
  for (const c of [...comments].reverse()) {
    if (!isOwn(identity, c.user) || !c.body?.startsWith(SUMMARY_MARKER)) continue
    const state = parseState(c.body, c.id)
    // Everything this comment holds was on show from its last write on.
    if (state.comment === c.id) return { comment: c, state, shownState: markShown(state, c.updated_at) }
  }
  return { state: emptyState(), shownState: emptyState() }
}

/**
 * Keeps one summary comment per pull request, rewritten in place. `render` gets the id of the
 * comment the body goes into, to bind the state to it; a new comment is therefore written
 * twice: created, then bound to its id. A comment that is not tos-guard's own (see
 * findOwnSummary) is never overwritten.
 */
export async function upsertSummary(
  api: Api,
  owner: string,
  repo: string,
  number: number,
  render: (commentId: number | undefined) => string,
  current: ListedComment | undefined,
  /** The body without the shown-marks this run adds: if that is what is there, nothing changed. */
  unmarked?: (commentId: number) => string,
): Promise<SummaryWrite> {
  if (current) {
    const body = render(current.id)
    // Marks of what was shown are derived from the comment's updated_at, which an unchanged
    // comment keeps: writing them alone would make a re-run with nothing new write.
    if (current.body === body || (unmarked && current.body === unmarked(current.id))) return 'unchanged'
    await api.rest.issues.updateComment({ owner, repo, comment_id: current.id, body })
    return 'updated'
  }
  const { data } = await api.rest.issues.createComment({ owner, repo, issue_number: number, body: render(undefined) })
  await api.rest.issues.updateComment({ owner, repo, comment_id: data.id, body: render(data.id) })
  return 'created'
}
