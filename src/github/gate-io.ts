import type { Membership } from '../gate/approvers.js'
import type { CommentEvent, LabelEvent, Method, ReviewEvent } from '../gate/decide.js'
import { statusOf, type Api } from './api.js'

/** Reviews and label events of a pull request, as the gate reads them. */
export async function readReviews(api: Api, owner: string, repo: string, number: number): Promise<ReviewEvent[]> {
  const reviews = await api.paginate(api.rest.pulls.listReviews, { owner, repo, pull_number: number, per_page: 100 })
  return reviews
    .filter((r) => r.user && r.commit_id && r.submitted_at)
    .map((r) => ({ id: r.id, user: r.user?.login ?? '', state: r.state, commitId: r.commit_id ?? '', submittedAt: r.submitted_at ?? '' }))
}

export interface Dismissal {
  reviewId: number
  /** The state the review had: "approved", "changes_requested" … */
  state: string
  by: string
}

/** Label events (who added or removed which label) and review dismissals (who dismissed what). */
export async function readIssueEvents(api: Api, owner: string, repo: string, number: number): Promise<{ labels: LabelEvent[]; dismissals: Dismissal[] }> {
  const events = await api.paginate(api.rest.issues.listEvents, { owner, repo, issue_number: number, per_page: 100 })
  const labels: LabelEvent[] = []
  const dismissals: Dismissal[] = []
  for (const e of events) {
    if (!e.actor) continue
    if (e.event === 'review_dismissed' && 'dismissed_review' in e && e.dismissed_review) {
      dismissals.push({ reviewId: e.dismissed_review.review_id, state: e.dismissed_review.state.toLowerCase(), by: e.actor.login })
      continue
    }
    if ((e.event !== 'labeled' && e.event !== 'unlabeled') || !('label' in e) || !e.label) continue
    labels.push({ actor: e.actor.login, action: e.event, label: e.label.name, createdAt: e.created_at })
  }
  return { labels, dismissals }
}

interface CommitsPage {
  repository: {
    pullRequest: {
      commits: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null }
        nodes: Array<{ commit: { author: { user: { login: string } | null } | null; committer: { user: { login: string } | null } | null; authors: { nodes: Array<{ user: { login: string } | null } | null> } } } | null>
      }
    } | null
  } | null
}

const COMMITTERS_QUERY = `query TosGuardCommitters($owner: String!, $name: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      commits(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { commit { author { user { login } } committer { user { login } } authors(first: 20) { nodes { user { login } } } } }
      }
    }
  }
}`

/**
 * Everyone who authored, co-authored or committed a commit of the pull request (lower-case
 * GitHub logins): like its author, they cannot sign off what they wrote. `complete` is false
 * when the list could not be read to the end; the gate then counts no sign-off at all.
 */
export async function readContributors(api: Api, owner: string, repo: string, number: number): Promise<{ logins: Set<string>; complete: boolean }> {
  const logins = new Set<string>()
  let after: string | null = null
  for (let page = 0; page < 30; page++) {
    const data: CommitsPage = await api.graphql<CommitsPage>(COMMITTERS_QUERY, { owner, name: repo, number, after })
    const commits = data.repository?.pullRequest?.commits
    if (!commits) return { logins, complete: false }
    for (const node of commits.nodes) {
      const c = node?.commit
      for (const actor of [c?.author, c?.committer, ...(c?.authors.nodes ?? [])]) if (actor?.user?.login) logins.add(actor.user.login.toLowerCase())
    }
    if (!commits.pageInfo.hasNextPage) return { logins, complete: true }
    after = commits.pageInfo.endCursor
  }
  return { logins, complete: false }
}

export function commentEvents(comments: ReadonlyArray<{ id: number; user?: { login: string } | null; body?: string; created_at: string; updated_at: string }>): CommentEvent[] {
  return comments.filter((c) => c.user && c.body).map((c) => ({ id: c.id, user: c.user?.login ?? '', body: c.body ?? '', createdAt: c.created_at, updatedAt: c.updated_at }))
}

/**
 * Checks team membership for the people who could be signing off. Fails closed: a team whose
 * members the token cannot read signs nothing off, and the summary says exactly that.
 */
export async function checkTeams(api: Api | undefined, teams: readonly string[], candidates: readonly string[]): Promise<Membership> {
  const members = new Map<string, Set<string>>()
  const unverifiable: string[] = []
  for (const team of teams) {
    const [org, slug] = team.split('/')
    if (!org || !slug) continue
    if (!api) {
      unverifiable.push(`team ${team} (the token cannot read organisation members; set the approver-token input)`)
      continue
    }
    try {
      await api.rest.teams.getByName({ org, team_slug: slug })
    } catch (error) {
      const s = statusOf(error)
      unverifiable.push(`team ${team} (${s === 404 || s === 403 ? 'the token cannot see this team: GITHUB_TOKEN never can; give approver-token a token with read:org' : `HTTP ${s ?? '?'}`})`)
      continue
    }
    const set = new Set<string>()
    for (const login of candidates) {
      try {
        const { data } = await api.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: login })
        if (data.state === 'active') set.add(login.toLowerCase())
      } catch (error) {
        if (statusOf(error) !== 404) throw error
      }
    }
    members.set(team, set)
  }
  return { members, unverifiable }
}

/** Whether each candidate may write to the repository (when no approver list applies). */
export async function checkWriteAccess(api: Api, owner: string, repo: string, candidates: readonly string[]): Promise<Set<string>> {
  const writers = new Set<string>()
  for (const login of candidates) {
    try {
      const { data } = await api.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: login })
      if (['admin', 'maintain', 'write'].includes(data.permission) || ['admin', 'maintain', 'write'].includes(data.role_name)) writers.add(login.toLowerCase())
    } catch (error) {
      if (statusOf(error) !== 404) throw error
    }
  }
  return writers
}

export type { Method }
