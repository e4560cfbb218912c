import { readFileSync } from 'node:fs'

/** What triggered the run, read from the runner's environment and event payload. */
export interface RunEvent {
  name: string
  action?: string
  owner: string
  repo: string
  /** The pull request the event is about, when it names one. */
  pullNumber?: number
  /** For merge_group: the queue's commit and the pull requests in it. */
  mergeGroup?: { headSha: string; baseSha: string; headRef: string; pullNumbers: number[] }
  payload: Record<string, unknown>
}

/** A problem with how the Action was run: the workflow, not tos-guard, needs fixing. */
export class SetupError extends Error {}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {}
}

/** The pull request numbers in a merge queue branch name: gh-readonly-queue/main/pr-123-<sha>. */
export function mergeGroupPullNumbers(headRef: string): number[] {
  return [...headRef.matchAll(/(?:^|\/)pr-(\d+)-[0-9a-f]{7,40}/g)].map((m) => Number(m[1]))
}

export function readEvent(env: Record<string, string | undefined>, pullInput: string): RunEvent {
  const name = env.GITHUB_EVENT_NAME ?? ''
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo) throw new SetupError('GITHUB_REPOSITORY is not set: tos-guard runs as a step of a GitHub Actions workflow')
  let payload: Record<string, unknown> = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = record(JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')))
    } catch (error) {
      throw new SetupError(`cannot read the event payload at ${env.GITHUB_EVENT_PATH}: ${(error as Error).message}`)
    }
  }
  const action = typeof payload.action === 'string' ? payload.action : undefined
  const base = { name, owner, repo, payload, ...(action ? { action } : {}) }
  const fromInput = pullInput.trim()
  if (fromInput) {
    if (!/^\d+$/.test(fromInput)) throw new SetupError(`the pull-request input must be a pull request number (got "${fromInput}")`)
    return { ...base, pullNumber: Number(fromInput) }
  }
  switch (name) {
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review':
    case 'pull_request_review_comment': {
      const number = record(payload.pull_request).number
      if (typeof number !== 'number') throw new SetupError(`the ${name} payload has no pull request number`)
      return { ...base, pullNumber: number }
    }
    case 'issue_comment': {
      const issue = record(payload.issue)
      if (!issue.pull_request) return base
      return { ...base, pullNumber: Number(issue.number) }
    }
    case 'merge_group': {
      const group = record(payload.merge_group)
      const headRef = String(group.head_ref ?? '')
      return {
        ...base,
        mergeGroup: { headSha: String(group.head_sha ?? ''), baseSha: String(group.base_sha ?? ''), headRef, pullNumbers: mergeGroupPullNumbers(headRef) },
      }
    }
    case 'workflow_dispatch':
      throw new SetupError('workflow_dispatch needs the pull-request input: the number of the pull request to review')
    default:
      throw new SetupError(
        `tos-guard does not handle the "${name}" event; run it on pull_request_target (or pull_request), pull_request_review, issue_comment, merge_group or workflow_dispatch`,
      )
  }
}
