import { escapeInline } from '../report/escape.js'
import { statusOf, type Api } from './api.js'
import { markedIds } from '../report/markers.js'
import type { OwnThread, ReviewPlan, ReviewState } from './plan.js'

/** Who tos-guard writes as: compared without "[bot]", which REST shows and GraphQL does not. */
export interface Identity {
  login?: string
}

const bare = (login: string | undefined | null): string => (login ?? '').toLowerCase().replace(/\[bot\]$/, '')

/**
 * Whether a comment is tos-guard's own. Markers are only believed in its own comments, so that
 * nobody can forge one by quoting it.
 */
export function isOwn(identity: Identity, author: { login?: string | null; type?: string | null; __typename?: string | null } | null | undefined): boolean {
  if (!author) return false
  if (identity.login) return bare(author.login) === bare(identity.login)
  return (author.type ?? author.__typename) === 'Bot' && bare(author.login) === 'github-actions'
}

interface ThreadsPage {
  viewer?: { login: string }
  repository: {
    pullRequest: {
      reviewThreads: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null }
        nodes: Array<{ id: string; isResolved: boolean; comments: { nodes: Array<{ body: string; author: { login: string; __typename: string } | null }> } }>
      }
      reviews: { nodes: Array<{ body: string; author: { login: string; __typename: string } | null }> }
    } | null
  } | null
}

const STATE_QUERY = `query TosGuardReviewState($owner: String!, $name: String!, $number: Int!, $after: String) {
  viewer { login }
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved comments(first: 50) { nodes { body author { __typename login } } } }
      }
      reviews(last: 100) { nodes { body author { __typename login } } }
    }
  }
}`

/**
 * Runs a query and keeps the data GitHub did return when part of it failed (some tokens may not
 * read `viewer`): tos-guard then falls back to recognising its comments as GitHub Actions' bot.
 */
async function graphqlAllowingPartial<T>(api: Api, query: string, variables: Record<string, unknown>): Promise<T> {
  try {
    return await api.graphql<T>(query, variables)
  } catch (error) {
    const data = (error as { data?: T }).data
    if (data && (data as { repository?: unknown }).repository) return data
    throw error
  }
}

/** What earlier runs posted: tos-guard's review threads and review bodies, read in one query. */
export async function readReviewState(api: Api, owner: string, repo: string, number: number): Promise<{ state: ReviewState; identity: Identity }> {
  const threads: OwnThread[] = []
  const reviewBodyIds = new Set<string>()
  let identity: Identity = {}
  let after: string | null = null
  for (let page = 0; page < 30; page++) {
    const data: ThreadsPage = await graphqlAllowingPartial<ThreadsPage>(api, STATE_QUERY, { owner, name: repo, number, after })
    if (page === 0) {
      identity = data.viewer?.login ? { login: data.viewer.login } : {}
      for (const r of data.repository?.pullRequest?.reviews.nodes ?? []) {
        if (isOwn(identity, r.author)) for (const id of markedIds(r.body)) reviewBodyIds.add(id)
      }
    }
    const connection = data.repository?.pullRequest?.reviewThreads
    for (const t of connection?.nodes ?? []) {
      const [first, ...replies] = t.comments.nodes
      if (!first || !isOwn(identity, first.author)) continue
      const ids = markedIds(first.body)
      if (ids.length === 0) continue
      threads.push({ id: t.id, findingIds: ids, isResolved: t.isResolved, hasReplies: replies.some((c) => !isOwn(identity, c.author)) })
    }
    if (!connection?.pageInfo.hasNextPage) break
    after = connection.pageInfo.endCursor
  }
  return { state: { threads, reviewBodyIds }, identity }
}

export interface PostedReview {
  comments: number
  /** GitHub refused the anchored comments (the diff moved under us): they went into the body. */
  fellBack: boolean
}

/** Posts the planned review: one request, all comments in it, on the head commit. */
export async function postReview(api: Api, owner: string, repo: string, number: number, headSha: string, plan: ReviewPlan): Promise<PostedReview> {
  if (!plan.body) return { comments: 0, fellBack: false }
  const comments = plan.comments.map(({ findingId: _id, ...c }) => c)
  try {
    await api.rest.pulls.createReview({ owner, repo, pull_number: number, commit_id: headSha, event: 'COMMENT', body: plan.body, comments })
    return { comments: comments.length, fellBack: false }
  } catch (error) {
    if (statusOf(error) !== 422 || comments.length === 0) throw error
    // A push between listing the files and posting can move a hunk: keep every finding, in the body.
    const body = [plan.body, '', 'These findings could not be anchored to lines of the current diff:', '', ...plan.comments.map((c) => `---\n\n**${escapeInline(c.path)}** line ${c.line}\n\n${c.body}`)].join('\n')
    await api.rest.pulls.createReview({ owner, repo, pull_number: number, commit_id: headSha, event: 'COMMENT', body: body.slice(0, 65_000) })
    return { comments: 0, fellBack: true }
  }
}

/** Resolves the threads of findings that are gone, in one GraphQL request. */
export async function resolveThreads(api: Api, threadIds: readonly string[]): Promise<number> {
  if (threadIds.length === 0) return 0
  const declarations = threadIds.map((_, i) => `$t${i}: ID!`).join(', ')
  const fields = threadIds.map((_, i) => `r${i}: resolveReviewThread(input: { threadId: $t${i} }) { thread { id isResolved } }`).join(' ')
  const variables = Object.fromEntries(threadIds.map((id, i) => [`t${i}`, id]))
  await api.graphql(`mutation TosGuardResolve(${declarations}) { ${fields} }`, variables)
  return threadIds.length
}
