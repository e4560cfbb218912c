import { isReadOnlySignal, type Api } from './api.js'
import { isOwn, type Identity } from './review.js'

export interface StatusToWrite {
  sha: string
  context: string
  state: 'success' | 'failure' | 'pending' | 'error'
  description: string
  targetUrl?: string
}

/**
 * Sets the gate's commit status. Last write per context wins, so re-evaluations from reviews,
 * comments and labels replace the decision cleanly; an identical status is not written again.
 */
export async function setStatus(api: Api, owner: string, repo: string, status: StatusToWrite, identity: Identity): Promise<'written' | 'unchanged'> {
  // Reading first only saves a duplicate write: when the read fails, write (an error status above all).
  const current = await currentStatus(api, owner, repo, status).catch(() => undefined)
  const description = status.description.slice(0, 140)
  if (current && current.state === status.state && current.description === description && isOwn(identity, current.creator)) return 'unchanged'
  await api.rest.repos.createCommitStatus({
    owner,
    repo,
    sha: status.sha,
    context: status.context,
    state: status.state,
    description,
    ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
  })
  return 'written'
}

async function currentStatus(api: Api, owner: string, repo: string, status: StatusToWrite) {
  const { data } = await api.rest.repos.listCommitStatusesForRef({ owner, repo, ref: status.sha, per_page: 100 })
  return data.find((s) => s.context === status.context)
}

/** The state of a context that tos-guard itself set on a commit, if any. */
export async function readOwnStatus(api: Api, owner: string, repo: string, sha: string, context: string, identity: Identity): Promise<string | undefined> {
  const { data } = await api.rest.repos.listCommitStatusesForRef({ owner, repo, ref: sha, per_page: 100 })
  return data.find((s) => s.context === context && isOwn(identity, s.creator))?.state
}

/** Publishes the decision as a check run too, updating tos-guard's run of that name in place. */
export async function setCheckRun(api: Api, owner: string, repo: string, status: StatusToWrite, summary: string): Promise<void> {
  const { data } = await api.rest.checks.listForRef({ owner, repo, ref: status.sha, check_name: status.context, per_page: 10 })
  const conclusion = status.state === 'success' ? 'success' : status.state === 'pending' ? 'neutral' : 'failure'
  const output = { title: status.description.slice(0, 140), summary: summary.slice(0, 65_000) }
  const existing = data.check_runs[0]
  if (existing) {
    await api.rest.checks.update({ owner, repo, check_run_id: existing.id, status: 'completed', conclusion, output })
  } else {
    await api.rest.checks.create({ owner, repo, name: status.context, head_sha: status.sha, status: 'completed', conclusion, output })
  }
}

/**
 * Before a re-evaluation starts, a green on the head commit becomes pending: whatever happens
 * next (a red decision, a failed write, a crash, a cancelled job), the earlier success does not
 * stand for a decision nobody has made yet. Red needs no such step: it cannot let anything in.
 * Whoever set that success (tos-guard, or anyone with write access), it is withdrawn.
 */
export async function withdrawGreen(api: Api, owner: string, repo: string, sha: string, context: string): Promise<'withdrawn' | 'not-green' | 'read-only'> {
  const { data } = await api.rest.repos.listCommitStatusesForRef({ owner, repo, ref: sha, per_page: 100 })
  if (data.find((s) => s.context === context)?.state !== 'success') return 'not-green'
  try {
    await api.rest.repos.createCommitStatus({ owner, repo, sha, context, state: 'pending', description: 'tos-guard is re-evaluating the sign-off' })
    return 'withdrawn'
  } catch (error) {
    if (isReadOnlySignal(error)) return 'read-only'
    throw error
  }
}
