import type { Api } from './api.js'
import { SUMMARY_MARKER } from './markers.js'
import { isOwn, type Identity } from './review.js'

export type SummaryWrite = 'created' | 'updated' | 'unchanged'

export interface ListedComment {
  id: number
  body?: string
  user?: { login: string; type?: string } | null
}

/** Keeps one summary comment per pull request, found by its marker and rewritten in place. */
export async function upsertSummary(api: Api, owner: string, repo: string, number: number, body: string, identity: Identity, comments: readonly ListedComment[]): Promise<SummaryWrite> {
  const mine = comments.filter((c) => c.body?.includes(SUMMARY_MARKER) && isOwn(identity, c.user))
  const current = mine[mine.length - 1]
  if (current) {
    if (current.body === body) return 'unchanged'
    await api.rest.issues.updateComment({ owner, repo, comment_id: current.id, body })
    return 'updated'
  }
  await api.rest.issues.createComment({ owner, repo, issue_number: number, body })
  return 'created'
}
