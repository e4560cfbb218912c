import { example, type MatchedOperation } from './openapi.js'
import { blobSha, type Actor, type FakeGitHub, type FileContent, type TokenInfo } from './state.js'

export interface RestResponse {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

type Json = Record<string, unknown>

const user = (a: Actor): Json => ({ ...example<Json>('issue-comment').user as Json, login: a.login, type: a.type, id: Math.abs(hash(a.login)) % 100000 })

function hash(s: string): number {
  let h = 0
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) | 0
  return h
}

const forbidden = (): RestResponse => ({ status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } })
const notFound = (): RestResponse => ({ status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } })

function page<T>(items: T[], query: URLSearchParams, url: string): RestResponse & { body: T[] } {
  const perPage = Number(query.get('per_page') ?? 30)
  const current = Number(query.get('page') ?? 1)
  const slice = items.slice((current - 1) * perPage, current * perPage)
  const headers: Record<string, string> = {}
  if (current * perPage < items.length) {
    const next = new URL(url)
    next.searchParams.set('page', String(current + 1))
    next.searchParams.set('per_page', String(perPage))
    headers.link = `<${next.toString()}>; rel="next"`
  }
  return { status: 200, body: slice, headers }
}

function pullJson(gh: FakeGitHub, number: number): Json {
  const p = gh.pull(number)
  const base = example<Json>('pull-request')
  const head = base.head as Json
  const baseRef = base.base as Json
  const repo = { ...(baseRef.repo as Json), full_name: `${gh.owner}/${gh.repo}`, name: gh.repo }
  return {
    ...base,
    number,
    title: p.title,
    state: 'open',
    draft: p.draft,
    user: user({ login: p.author, type: 'User' }),
    html_url: `https://github.com/${gh.owner}/${gh.repo}/pull/${number}`,
    head: { ...head, sha: p.headSha, ref: p.headRef, repo: { ...repo, full_name: p.fromFork ? `fork-owner/${gh.repo}` : `${gh.owner}/${gh.repo}` } },
    base: { ...baseRef, sha: p.baseSha, ref: p.baseRef, repo },
    labels: [],
    requested_teams: [],
    requested_reviewers: [],
  }
}

function contentBytes(c: FileContent): Buffer {
  if (typeof c === 'string') return Buffer.from(c, 'utf8')
  if ('binary' in c) return Buffer.from(c.binary)
  return Buffer.from('')
}

/** Serves one REST operation from the fake state, as GitHub would. */
export function handleRest(gh: FakeGitHub, op: MatchedOperation, query: URLSearchParams, body: unknown, token: TokenInfo, url: string): RestResponse {
  const key = `${op.method} ${op.template}`
  const p = op.params
  const input = (body ?? {}) as Json
  const isWrite = op.method !== 'get'
  if (isWrite && !token.write) return forbidden()
  switch (key) {
    case 'get /repos/{owner}/{repo}/pulls/{pull_number}':
      return gh.pulls.has(Number(p.pull_number)) ? { status: 200, body: pullJson(gh, Number(p.pull_number)) } : notFound()
    case 'get /repos/{owner}/{repo}/compare/{basehead}': {
      const [from, to] = (p.basehead ?? '').split('...')
      const pull = [...gh.pulls.values()].find((x) => x.baseSha === from && x.headSha === to)
      const comparison = example<Json>('commit-comparison')
      return { status: 200, body: { ...comparison, merge_base_commit: { ...(comparison.merge_base_commit as Json), sha: pull?.mergeBaseSha ?? from }, files: [], commits: [] } }
    }
    case 'get /repos/{owner}/{repo}/pulls/{pull_number}/files': {
      const { patch: _examplePatch, ...template } = (example<Json[]>('diff-entry-items')[0] ?? {}) as Json
      const web = `https://github.com/${gh.owner}/${gh.repo}`
      const files = gh
        .pullFiles(Number(p.pull_number))
        .slice(0, 3000)
        // GitHub percent-encodes each path segment in these URLs (names may hold "<", spaces …).
        .map((f) => ({ ...f, url: f.filename.split('/').map(encodeURIComponent).join('/') }))
        .map(({ url: enc, ...f }) => ({ ...template, ...f, blob_url: `${web}/blob/${f.sha}/${enc}`, raw_url: `${web}/raw/${f.sha}/${enc}`, contents_url: `https://api.github.com/repos/${gh.owner}/${gh.repo}/contents/${enc}` }))
      return page(files, query, url)
    }
    case 'get /repos/{owner}/{repo}/git/blobs/{file_sha}': {
      const c = gh.blob(p.file_sha ?? '')
      if (c === undefined) return notFound()
      const bytes = contentBytes(c)
      return { status: 200, body: { ...example<Json>('blob'), sha: p.file_sha, size: bytes.length, content: bytes.toString('base64'), encoding: 'base64', node_id: `B_${p.file_sha}` } }
    }
    case 'post /repos/{owner}/{repo}/pulls/{pull_number}/reviews': {
      const number = Number(p.pull_number)
      const comments = (input.comments as Json[] | undefined) ?? []
      // GitHub rejects the whole review when one comment is off the diff.
      for (const c of comments) {
        const lines = gh.commentable(number, String(c.path), String(c.side ?? 'RIGHT'))
        const start = Number(c.start_line ?? c.line)
        for (let l = start; l <= Number(c.line); l++) {
          if (!lines.has(l)) return { status: 422, body: { message: 'Unprocessable Entity', errors: ['Pull request review thread line must be part of the diff'] } }
        }
      }
      const review = { id: gh.nextId(), pull: number, user: token.actor, body: String(input.body ?? ''), state: 'COMMENTED' as const, commitId: String(input.commit_id), submittedAt: gh.now() }
      gh.reviews.push(review)
      for (const c of comments) {
        const comment = {
          id: gh.nextId(),
          reviewId: review.id,
          threadId: '',
          path: String(c.path),
          line: Number(c.line),
          side: String(c.side ?? 'RIGHT'),
          ...(c.start_line !== undefined ? { startLine: Number(c.start_line) } : {}),
          body: String(c.body),
          user: token.actor,
          commitId: review.commitId,
          createdAt: review.submittedAt,
        }
        const thread = { id: `PRRT_${gh.nextId()}`, pull: number, isResolved: false, comments: [comment] }
        comment.threadId = thread.id
        gh.threads.push(thread)
      }
      return { status: 200, body: { ...example<Json>('pull-request-review'), id: review.id, body: review.body, state: 'COMMENTED', commit_id: review.commitId, user: user(token.actor) } }
    }
    case 'get /repos/{owner}/{repo}/pulls/{pull_number}/reviews': {
      const template = (example<Json[]>('pull-request-review-items')[0] ?? {}) as Json
      const items = gh.reviews
        .filter((r) => r.pull === Number(p.pull_number))
        .map((r) => ({ ...template, id: r.id, user: user(r.user), body: r.body, state: r.state, commit_id: r.commitId, submitted_at: r.submittedAt }))
      return page(items, query, url)
    }
    case 'get /repos/{owner}/{repo}/issues/{issue_number}/comments': {
      const items = gh.issueComments.filter((c) => c.issue === Number(p.issue_number)).map((c) => issueCommentJson(gh, c))
      return page(items, query, url)
    }
    case 'post /repos/{owner}/{repo}/issues/{issue_number}/comments': {
      const at = gh.now()
      const c = { id: gh.nextId(), issue: Number(p.issue_number), user: token.actor, body: String(input.body), createdAt: at, updatedAt: at }
      gh.issueComments.push(c)
      return { status: 201, body: issueCommentJson(gh, c) }
    }
    case 'patch /repos/{owner}/{repo}/issues/comments/{comment_id}': {
      const c = gh.issueComments.find((x) => x.id === Number(p.comment_id))
      if (!c) return notFound()
      if (c.user.login !== token.actor.login) return forbidden()
      c.body = String(input.body)
      c.updatedAt = gh.now()
      return { status: 200, body: issueCommentJson(gh, c) }
    }
    case 'get /repos/{owner}/{repo}/issues/{issue_number}/events': {
      const template = (example<Json[]>('issue-event-for-issue-items')[0] ?? {}) as Json
      const items = gh.issueEvents
        .filter((e) => e.issue === Number(p.issue_number))
        .map((e) => {
          const base = { ...template, id: e.id, event: e.event, actor: user(e.actor), created_at: e.createdAt }
          if (e.dismissed) {
            const { label: _label, ...rest } = base as Json
            return { ...rest, dismissed_review: { state: e.dismissed.state, review_id: e.dismissed.reviewId, dismissal_message: 'dismissed' } }
          }
          return { ...base, label: { name: e.label ?? '', color: 'ededed' } }
        })
      return page(items, query, url)
    }
    case 'get /repos/{owner}/{repo}/commits/{ref}/statuses': {
      const template = (example<Json[]>('status-items')[0] ?? {}) as Json
      const items = gh.statuses
        .filter((s) => s.sha === p.ref)
        .reverse()
        .map((s) => ({ ...template, id: s.id, state: s.state, context: s.context, description: s.description, target_url: s.targetUrl ?? null, creator: user(s.creator), created_at: s.createdAt, updated_at: s.createdAt }))
      return page(items, query, url)
    }
    case 'post /repos/{owner}/{repo}/statuses/{sha}': {
      const s = { id: gh.nextId(), sha: p.sha ?? '', state: String(input.state), context: String(input.context ?? 'default'), description: String(input.description ?? ''), ...(input.target_url ? { targetUrl: String(input.target_url) } : {}), creator: token.actor, createdAt: gh.now() }
      gh.statuses.push(s)
      return { status: 201, body: { ...example<Json>('status'), id: s.id, state: s.state, context: s.context, description: s.description, creator: user(token.actor) } }
    }
    case 'get /repos/{owner}/{repo}/collaborators/{username}/permission': {
      const permission = gh.permissions.get(String(p.username)) ?? 'read'
      const base = example<Json>('repository-collaborator-permission-response-if-user-has-admin-permissions')
      return {
        status: 200,
        body: { ...base, permission: permission === 'maintain' ? 'write' : permission === 'triage' ? 'read' : permission, role_name: permission, user: { ...(base.user as Json), login: String(p.username), role_name: permission } },
      }
    }
    case 'get /orgs/{org}/teams/{team_slug}': {
      const team = `${p.org}/${p.team_slug}`
      if (!token.readOrg || !gh.teams.has(team)) return notFound()
      const full = example<Json>('team-full')
      return { status: 200, body: { ...full, slug: p.team_slug, name: p.team_slug, type: 'organization', organization: { ...(full.organization as Json), archived_at: null } } }
    }
    case 'get /orgs/{org}/teams/{team_slug}/memberships/{username}': {
      const team = gh.teams.get(`${p.org}/${p.team_slug}`)
      if (!token.readOrg || !team || !team.has(String(p.username))) return notFound()
      return { status: 200, body: { ...example<Json>('team-membership-response-if-user-is-a-team-maintainer'), state: 'active', role: 'member' } }
    }
    case 'get /repos/{owner}/{repo}/commits/{ref}/check-runs': {
      const runs = gh.checkRuns.filter((r) => r.sha === p.ref && (!query.get('check_name') || r.name === query.get('check_name')))
      const template = example<Json>('check-run')
      return { status: 200, body: { total_count: runs.length, check_runs: runs.map((r) => ({ ...template, id: r.id, name: r.name, head_sha: r.sha, conclusion: r.conclusion, status: 'completed' })) } }
    }
    case 'post /repos/{owner}/{repo}/check-runs': {
      const run = { id: gh.nextId(), sha: String(input.head_sha), name: String(input.name), conclusion: String(input.conclusion ?? ''), title: String((input.output as Json | undefined)?.title ?? '') }
      gh.checkRuns.push(run)
      return { status: 201, body: { ...example<Json>('check-run'), id: run.id, name: run.name, head_sha: run.sha, conclusion: run.conclusion } }
    }
    case 'patch /repos/{owner}/{repo}/check-runs/{check_run_id}': {
      const run = gh.checkRuns.find((r) => r.id === Number(p.check_run_id))
      if (!run) return notFound()
      run.conclusion = String(input.conclusion ?? run.conclusion)
      run.title = String((input.output as Json | undefined)?.title ?? run.title)
      return { status: 200, body: { ...example<Json>('check-run'), id: run.id, name: run.name, head_sha: run.sha, conclusion: run.conclusion } }
    }
    case 'get /repos/{owner}/{repo}/contents/{path}': {
      const tree = gh.commits.get(query.get('ref') ?? '')
      const c = tree?.get(p.path ?? '')
      if (c === undefined) return notFound()
      return { status: 200, body: { ...example<Json>('content-file-response-if-content-is-a-file'), path: p.path, content: contentBytes(c).toString('base64'), encoding: 'base64', sha: blobSha(c) } }
    }
    default:
      return { status: 501, body: { message: `the fake GitHub does not serve ${key}` } }
  }
}

function issueCommentJson(gh: FakeGitHub, c: { id: number; user: Actor; body: string; createdAt: string; updatedAt: string; issue: number }): Json {
  return {
    ...example<Json>('issue-comment'),
    id: c.id,
    node_id: `IC_${c.id}`,
    body: c.body,
    user: user(c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    html_url: `https://github.com/${gh.owner}/${gh.repo}/pull/${c.issue}#issuecomment-${c.id}`,
    issue_url: `https://api.github.com/repos/${gh.owner}/${gh.repo}/issues/${c.issue}`,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
  }
}
