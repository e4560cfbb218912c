import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FakeGitHubServer as Server } from './helpers/fake-github/server.js'
import { FakeGitHub, type FakeReview } from './helpers/fake-github/state.js'
import type { FakeGitHubServer } from './helpers/fake-github/server.js'
import { commentPayload, pullPayload, reviewPayload, runBundledAction } from './helpers/run-action.js'

/*
 * The sign-off gate, end to end: the full story of one Zoom-style pull request, told step by step
 * on one fake GitHub (each step a test, so no step comes near the timeout on a busy machine).
 */
const root = join(import.meta.dirname, '..')
const BEFORE = readFileSync(join(root, 'examples', 'acme-terms', 'before.md'), 'utf8')
const AFTER = readFileSync(join(root, 'examples', 'acme-terms', 'after.md'), 'utf8')
const POLICY = `approvers:
  default:
    users: [counsel-carol]
sign-off:
  methods: [review, comment, label]
`

let server: FakeGitHubServer
beforeAll(async () => {
  server = await new Server(new FakeGitHub()).start()
  server.gh.permissions.set('maintainer-max', 'write')
})
afterAll(async () => {
  expect(server.problems, 'requests GitHub would refuse').toEqual([])
  await server.stop()
})

function openPull(): number {
  const gh = server.gh
  const base = gh.commit({ 'legal/terms.md': BEFORE, '.github/tos-guard.yml': POLICY })
  const head = gh.commit({ 'legal/terms.md': AFTER }, base)
  return gh.openPull({ base, head, author: 'pm-pat' }).number
}

async function onPull(number: number, action = 'synchronize'): Promise<void> {
  const r = await runBundledAction(server, 'pull_request_target', pullPayload(server, number, action))
  expect(r.code, r.stdout).toBe(0)
}
async function onReview(number: number, reviewer: string, state: string): Promise<void> {
  const r = await runBundledAction(server, 'pull_request_review', reviewPayload(server, number, reviewer, state))
  expect(r.code, r.stdout).toBe(0)
}
async function onComment(number: number, author: string, body: string, action = 'created', previous?: string): Promise<string> {
  const r = await runBundledAction(server, 'issue_comment', commentPayload(server, number, author, body, action, previous))
  expect(r.code, r.stdout).toBe(0)
  return r.stdout
}
const headStatus = (number: number) => server.gh.status(server.gh.pull(number).headSha)
const summary = (number: number): string => server.gh.ownComments(number)[0]?.body ?? ''

describe('the sign-off gate, the whole story of one pull request', () => {
  let n = 0
  let second: FakeReview | undefined
  let withAi = ''
  it('opens red, naming who can sign off', async () => {
    n = openPull()
    await onPull(n, 'opened')
    expect(headStatus(n)).toMatchObject({ state: 'failure', context: 'tos-guard' })
    expect(headStatus(n)?.description).toMatch(/^\d+ findings await sign-off by counsel-carol$/)
  })

  it('stays red when someone who is not an approver approves', async () => {
    const gh = server.gh
    // Someone who is not an approver approves: still red.
    gh.review(n, 'maintainer-max', 'APPROVED')
    await onReview(n, 'maintainer-max', 'approved')
    expect(headStatus(n)?.state).toBe('failure')
  })

  it('stays red when the author signs off their own change, and says why', async () => {
    const gh = server.gh
    // The author signs off their own change: still red, and the summary says why.
    gh.comment(n, 'pm-pat', '/tos-guard sign-off')
    await onComment(n, 'pm-pat', '/tos-guard sign-off')
    expect(headStatus(n)?.state).toBe('failure')
    expect(summary(n)).toMatch(/Not counted: comment by @pm-pat — the author cannot sign off their own change/)
  })

  it('turns green when counsel approves, naming who and at which commit', async () => {
    const gh = server.gh
    // Counsel approves: green, naming who and at which commit.
    gh.review(n, 'counsel-carol', 'APPROVED')
    await onReview(n, 'counsel-carol', 'approved')
    const signed = gh.pull(n).headSha
    expect(headStatus(n)).toMatchObject({ state: 'success', description: `Signed off by counsel-carol at ${signed.slice(0, 7)}` })
    expect(summary(n)).toMatch(new RegExp(`Signed off by @counsel-carol \\(review\\) at \`${signed.slice(0, 7)}\``))
  })

  it('turns red again when a new commit adds an AI purpose, and says why', async () => {
    const gh = server.gh
    // A new commit adds an AI purpose: red again, and the summary says why.
    withAi = AFTER.replace('## 4. Acceptable use', 'We may also use your chat messages to train our large language models.\n\n## 4. Acceptable use')
    gh.push(n, gh.commit({ 'legal/terms.md': withAi }, gh.pull(n).headSha))
    await onPull(n)
    expect(headStatus(n)?.state).toBe('failure')
    expect(headStatus(n)?.description).toMatch(/^1 finding awaits sign-off by counsel-carol$/)
    expect(summary(n)).toMatch(/Not counted: review by @counsel-carol — it covers the findings flagged at [0-9a-f]{7}; 1 finding was added or changed since/)
  })

  it('turns green when counsel approves again, and an unrelated typo fix keeps it green', async () => {
    const gh = server.gh
    // Counsel approves again; an unrelated typo fix keeps it green.
    second = gh.review(n, 'counsel-carol', 'APPROVED')
    await onReview(n, 'counsel-carol', 'approved')
    expect(headStatus(n)?.state).toBe('success')
    const typoFixed = withAi.replace('Terms are governed by the laws of the State of California', 'Terms are governed by the laws of the State of California,')
    gh.push(n, gh.commit({ 'legal/terms.md': typoFixed }, gh.pull(n).headSha))
    await onPull(n)
    expect(headStatus(n)?.state).toBe('success')
  })

  it('turns red again when the approving review is dismissed', async () => {
    const gh = server.gh
    // The approving review is dismissed: red again.
    if (!second) throw new Error('the approving review of the previous step is missing')
    gh.dismiss(second)
    await runBundledAction(server, 'pull_request_review', reviewPayload(server, n, 'counsel-carol', 'dismissed', 'dismissed'))
    expect(headStatus(n)?.state).toBe('failure')
    expect(summary(n)).toMatch(/Not counted: review by @counsel-carol — the approving review was dismissed/)
  })
})
