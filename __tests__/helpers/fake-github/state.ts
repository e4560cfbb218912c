import { createHash } from 'node:crypto'
import { structuredPatch } from 'diff'

/*
 * The state of a fake GitHub repository: commits, pull requests, reviews, comments, labels and
 * statuses. Tests arrange it, the fake server serves it, tests assert on it.
 */

export type FileContent = string | { binary: Uint8Array } | { submodule: string }
export type Tree = Map<string, FileContent>

export interface Actor {
  login: string
  type: 'Bot' | 'User'
}

export interface TokenInfo {
  actor: Actor
  /** May write comments, reviews and statuses. */
  write: boolean
  /** May read organisation teams and memberships. */
  readOrg: boolean
}

export interface FakePull {
  number: number
  title: string
  author: string
  headSha: string
  headRef: string
  baseRef: string
  /** Tip of the base branch. */
  baseSha: string
  mergeBaseSha: string
  fromFork: boolean
  draft: boolean
  /** Explicit renames, new path → old path. */
  renames: Map<string, string>
  labels: string[]
}

export interface FakeReviewComment {
  id: number
  reviewId: number
  threadId: string
  path: string
  line: number
  side: string
  startLine?: number
  body: string
  user: Actor
  commitId: string
  createdAt: string
}

export interface FakeThread {
  id: string
  pull: number
  isResolved: boolean
  comments: FakeReviewComment[]
}

export interface FakeReview {
  id: number
  pull: number
  user: Actor
  body: string
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'
  commitId: string
  submittedAt: string
}

export interface FakeIssueComment {
  id: number
  issue: number
  user: Actor
  body: string
  createdAt: string
  updatedAt: string
}

export interface FakeIssueEvent {
  id: number
  issue: number
  event: 'labeled' | 'unlabeled' | 'review_dismissed'
  actor: Actor
  /** For label events. */
  label?: string
  /** For review_dismissed: the review and the state it had. */
  dismissed?: { reviewId: number; state: string }
  createdAt: string
}

export interface FakeStatus {
  id: number
  sha: string
  state: string
  context: string
  description: string
  targetUrl?: string
  creator: Actor
  createdAt: string
}

export interface FakeCheckRun {
  id: number
  sha: string
  name: string
  conclusion: string
  title: string
}

export const BOT: Actor = { login: 'github-actions[bot]', type: 'Bot' }

export class FakeGitHub {
  readonly owner = 'acme'
  readonly repo = 'terms'
  readonly commits = new Map<string, Tree>()
  /** Each commit's parent, and who authored it (default: the pull request's author). */
  readonly parents = new Map<string, string>()
  readonly commitAuthors = new Map<string, string>()
  readonly pulls = new Map<number, FakePull>()
  readonly reviews: FakeReview[] = []
  readonly threads: FakeThread[] = []
  readonly issueComments: FakeIssueComment[] = []
  readonly issueEvents: FakeIssueEvent[] = []
  readonly statuses: FakeStatus[] = []
  readonly checkRuns: FakeCheckRun[] = []
  readonly permissions = new Map<string, 'admin' | 'maintain' | 'write' | 'triage' | 'read'>()
  readonly teams = new Map<string, Set<string>>()
  readonly tokens = new Map<string, TokenInfo>([
    ['write-token', { actor: BOT, write: true, readOrg: false }],
    ['read-token', { actor: BOT, write: false, readOrg: false }],
    ['org-token', { actor: { login: 'acme-org-reader', type: 'User' }, write: false, readOrg: true }],
  ])
  /** Pull request files over this many bytes get no patch, as on GitHub. */
  patchLimit = 400_000
  /** Paths whose content vanishes between listing and reading (a force-push in between). */
  readonly vanished = new Set<string>()
  private ids = 1000
  private clock = Date.parse('2026-11-28T09:00:00Z')

  nextId(): number {
    return ++this.ids
  }

  /** A strictly increasing time, never behind the real clock, in GitHub's format. */
  now(): string {
    this.clock = Math.max(this.clock + 1000, Date.now())
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z')
  }

  commit(files: Record<string, FileContent> | Tree, parent?: string, author?: string): string {
    const tree: Tree = parent ? new Map(this.commits.get(parent)) : new Map()
    for (const [path, content] of files instanceof Map ? files : Object.entries(files)) tree.set(path, content)
    const sha = createHash('sha1').update(`${parent ?? ''}|${this.nextId()}|${JSON.stringify([...tree.keys()])}`).digest('hex')
    this.commits.set(sha, tree)
    if (parent) this.parents.set(sha, parent)
    if (author) this.commitAuthors.set(sha, author)
    return sha
  }

  /** The commits of a pull request, oldest first: from its head back to the merge base. */
  pullCommits(number: number): string[] {
    const pull = this.pull(number)
    const out: string[] = []
    for (let sha: string | undefined = pull.headSha; sha && sha !== pull.mergeBaseSha; sha = this.parents.get(sha)) out.unshift(sha)
    return out
  }

  /** A commit that removes files from its parent. */
  commitRemoving(parent: string, paths: string[], files: Record<string, FileContent> = {}): string {
    const sha = this.commit(files, parent)
    const tree = this.commits.get(sha)
    for (const p of paths) tree?.delete(p)
    return sha
  }

  openPull(options: { base: string; head: string; author?: string; title?: string; fromFork?: boolean; renames?: Record<string, string> }): FakePull {
    const number = this.pulls.size + 7
    const pull: FakePull = {
      number,
      title: options.title ?? 'Update terms',
      author: options.author ?? 'pm-pat',
      headSha: options.head,
      headRef: `change-${number}`,
      baseRef: 'main',
      baseSha: options.base,
      mergeBaseSha: options.base,
      fromFork: options.fromFork ?? false,
      draft: false,
      renames: new Map(Object.entries(options.renames ?? {})),
      labels: [],
    }
    this.pulls.set(number, pull)
    return pull
  }

  push(number: number, head: string): void {
    const pull = this.pull(number)
    pull.headSha = head
  }

  pull(number: number): FakePull {
    const p = this.pulls.get(number)
    if (!p) throw new Error(`no pull request #${number}`)
    return p
  }

  /** The files of a pull request, as GET /pulls/{n}/files lists them (merge base → head). */
  pullFiles(number: number): Array<{ filename: string; status: string; previous_filename?: string; patch?: string; additions: number; deletions: number; changes: number; sha: string }> {
    const pull = this.pull(number)
    const base = this.commits.get(pull.mergeBaseSha) ?? new Map<string, FileContent>()
    const head = this.commits.get(pull.headSha) ?? new Map<string, FileContent>()
    const renamedFrom = new Set(pull.renames.values())
    const paths = [...new Set([...base.keys(), ...head.keys()])].sort()
    const out = []
    for (const path of paths) {
      if (renamedFrom.has(path) && !head.has(path)) continue
      const oldPath = pull.renames.get(path) ?? path
      const before = base.get(oldPath)
      const after = head.get(path)
      if (before !== undefined && after !== undefined && sameContent(before, after) && oldPath === path) continue
      const status = before === undefined ? 'added' : after === undefined ? 'removed' : oldPath !== path ? 'renamed' : 'modified'
      const patch = typeof (before ?? '') === 'string' && typeof (after ?? '') === 'string' ? makePatch(String(before ?? ''), String(after ?? '')) : undefined
      const entry = {
        filename: path,
        status,
        ...(oldPath !== path ? { previous_filename: oldPath } : {}),
        ...(patch !== undefined && patch.length <= this.patchLimit ? { patch } : {}),
        additions: 1,
        deletions: 1,
        changes: 2,
        sha: blobSha(after ?? ''),
      }
      out.push(entry)
    }
    return out
  }

  blob(sha: string): FileContent | undefined {
    for (const tree of this.commits.values()) for (const c of tree.values()) if (blobSha(c) === sha) return c
    return undefined
  }

  /** Lines of a pull request's diff that accept review comments, per side (GitHub's 422 rule). */
  commentable(number: number, path: string, side: string): Set<number> {
    const file = this.pullFiles(number).find((f) => f.filename === path)
    const lines = new Set<number>()
    if (!file?.patch) return lines
    for (const m of file.patch.matchAll(/^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/gm)) {
      const [start, count] = side === 'LEFT' ? [Number(m[1]), Number(m[2] ?? 1)] : [Number(m[3]), Number(m[4] ?? 1)]
      for (let l = start; l < start + count; l++) lines.add(l)
    }
    return lines
  }

  // What a person does on GitHub, for tests.
  review(number: number, login: string, state: FakeReview['state'], commitId?: string): FakeReview {
    const r: FakeReview = { id: this.nextId(), pull: number, user: { login, type: 'User' }, body: '', state, commitId: commitId ?? this.pull(number).headSha, submittedAt: this.now() }
    this.reviews.push(r)
    return r
  }

  /** Dismisses a review; with `by`, the issue's events record who did and what it was. */
  dismiss(review: FakeReview, by?: string): void {
    if (by) this.issueEvents.push({ id: this.nextId(), issue: review.pull, event: 'review_dismissed', actor: { login: by, type: 'User' }, dismissed: { reviewId: review.id, state: review.state.toLowerCase() }, createdAt: this.now() })
    review.state = 'DISMISSED'
  }

  comment(number: number, login: string, body: string): FakeIssueComment {
    const at = this.now()
    const c: FakeIssueComment = { id: this.nextId(), issue: number, user: { login, type: 'User' }, body, createdAt: at, updatedAt: at }
    this.issueComments.push(c)
    return c
  }

  editComment(c: FakeIssueComment, body: string): void {
    c.body = body
    c.updatedAt = this.now()
  }

  label(number: number, login: string, label: string, action: 'labeled' | 'unlabeled' = 'labeled'): void {
    const pull = this.pull(number)
    pull.labels = action === 'labeled' ? [...pull.labels, label] : pull.labels.filter((l) => l !== label)
    this.issueEvents.push({ id: this.nextId(), issue: number, event: action, actor: { login, type: 'User' }, label, createdAt: this.now() })
  }

  /** The latest status of a context on a commit. */
  status(sha: string, context = 'tos-guard'): FakeStatus | undefined {
    return this.statuses.filter((s) => s.sha === sha && s.context === context).pop()
  }

  ownComments(number: number): FakeIssueComment[] {
    return this.issueComments.filter((c) => c.issue === number && c.user.type === 'Bot')
  }

  ownThreads(number: number): FakeThread[] {
    return this.threads.filter((t) => t.pull === number && t.comments[0]?.user.type === 'Bot')
  }
}

function sameContent(a: FileContent, b: FileContent): boolean {
  return JSON.stringify(a instanceof Object && 'binary' in a ? [...a.binary] : a) === JSON.stringify(b instanceof Object && 'binary' in b ? [...b.binary] : b)
}

export function blobSha(content: FileContent): string {
  const text = typeof content === 'string' ? content : 'binary' in content ? Buffer.from(content.binary).toString('base64') : `submodule:${content.submodule}`
  return createHash('sha1').update(`blob|${text}`).digest('hex')
}

/** The hunks of a unified diff, as GitHub's `patch` field carries them. */
export function makePatch(before: string, after: string): string | undefined {
  const p = structuredPatch('a', 'b', before, after, '', '', { context: 3 })
  if (p.hunks.length === 0) return undefined
  return p.hunks.map((h) => [`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines].join('\n')).join('\n')
}
