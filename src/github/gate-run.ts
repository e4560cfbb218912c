import type { Finding } from '../analysis/types.js'
import { approverTeams, requiredFindings, signOffCandidates } from '../gate/approvers.js'
import { decide, type Decision } from '../gate/decide.js'
import type { GateState } from '../gate/state.js'
import type { Configuration } from '../policy/resolve.js'
import type { FileReport } from '../report/model.js'
import type { Api } from './api.js'
import { checkTeams, checkWriteAccess, commentEvents, readContributors, readIssueEvents, readReviews } from './gate-io.js'
import type { PullInfo } from './pull.js'

/**
 * Reads who signed off what (reviews, comments, labels, team membership, write access) and has
 * the gate decide (src/gate/: which findings need whom, and what the sign-offs cover).
 */
export async function evaluateGate(
  api: Api,
  approverApi: Api | undefined,
  owner: string,
  repo: string,
  pull: PullInfo,
  config: Configuration,
  reports: readonly FileReport[],
  atLeast: (f: Finding) => boolean,
  state: GateState,
  comments: Parameters<typeof commentEvents>[0],
): Promise<Decision> {
  const policy = config.policy
  const methods = policy['sign-off'].methods
  const listed = await readReviews(api, owner, repo, pull.number)
  // The issue's events say who dismissed a review and what it was; read only when they matter.
  const needEvents = methods.includes('label') || listed.some((r) => r.state === 'DISMISSED')
  const { labels: allLabels, dismissals } = needEvents ? await readIssueEvents(api, owner, repo, pull.number) : { labels: [], dismissals: [] }
  const labels = methods.includes('label') ? allLabels : []
  const reviews = listed.map((r) => {
    const d = r.state === 'DISMISSED' ? dismissals.filter((x) => x.reviewId === r.id).pop() : undefined
    return d ? { ...r, dismissedBy: d.by, dismissedState: d.state } : r
  })
  const contributors = await readContributors(api, owner, repo, pull.number)
  const commentList = commentEvents(comments)
  const command = policy['sign-off'].command
  const candidates = signOffCandidates(policy, pull.author, { reviews, comments: commentList, labels, dismissedBy: dismissals.map((d) => d.by) })
  const membership = await checkTeams(approverApi ?? api, approverTeams(policy), candidates)
  const required = requiredFindings(policy, reports, atLeast, membership)
  const needsWriters = required.some((r) => !r.approvers)
  const writers = needsWriters ? await checkWriteAccess(api, owner, repo, candidates) : new Set<string>()
  return decide({
    author: pull.author,
    headSha: pull.headSha,
    required,
    state,
    methods,
    command,
    label: policy['sign-off'].label,
    reviews,
    comments: commentList,
    labels,
    canWrite: (login) => writers.has(login.toLowerCase()),
    unverifiable: membership.unverifiable,
    contributors: contributors.logins,
    contributorsComplete: contributors.complete,
  })
}

