import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useFakeGitHub } from './helpers/fake-github/lifecycle.js'
import type { FakeGitHubServer } from './helpers/fake-github/server.js'
import { commentPayload, mergeGroupPayload, pullPayload, reviewPayload, runBundledAction } from './helpers/run-action.js'

/*
 * The sign-off gate, end to end: the full story of a Zoom-style pull request, and the forgeries
 * that must not turn the status green. Statuses and comments are asserted on the fake server.
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
useFakeGitHub((s) => {
  server = s
  server.gh.permissions.set('maintainer-max', 'write')
})

function openPull(policy = POLICY, after = AFTER): number {
  const gh = server.gh
  const base = gh.commit({ 'legal/terms.md': BEFORE, '.github/tos-guard.yml': policy })
  const head = gh.commit({ 'legal/terms.md': after }, base)
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

describe('the sign-off gate', () => {
  it('accepts a sign-off comment from counsel, bound to the findings flagged when it was posted', async () => {
    const gh = server.gh
    const n = openPull()
    await onPull(n, 'opened')
    gh.comment(n, 'counsel-carol', '/tos-guard sign-off')
    await onComment(n, 'counsel-carol', '/tos-guard sign-off')
    expect(headStatus(n)?.state).toBe('success')
    const out = await onComment(n, 'maintainer-max', 'Thanks!')
    expect(out).toMatch(/not a sign-off command/)
  })

  it('blocks on changes requested by an approver, and accepts a label added by one', async () => {
    const gh = server.gh
    const n = openPull()
    await onPull(n, 'opened')
    gh.label(n, 'counsel-carol', 'tos-guard: signed off')
    await onPull(n, 'labeled')
    expect(headStatus(n)?.state).toBe('success')
    gh.review(n, 'counsel-carol', 'CHANGES_REQUESTED')
    await onReview(n, 'counsel-carol', 'changes_requested')
    expect(headStatus(n)).toMatchObject({ state: 'failure', description: 'Changes requested by counsel-carol' })
  })

  it('lets a maintainer with write access sign off when the policy names no approvers, never the author', async () => {
    const gh = server.gh
    gh.permissions.set('pm-pat', 'admin')
    const n = openPull('fail-on: high\n')
    await onPull(n, 'opened')
    expect(headStatus(n)?.state).toBe('failure')
    gh.review(n, 'pm-pat', 'APPROVED')
    await onReview(n, 'pm-pat', 'approved')
    expect(headStatus(n)?.state).toBe('failure')
    gh.review(n, 'outsider-olga', 'APPROVED')
    await onReview(n, 'outsider-olga', 'approved')
    expect(headStatus(n)?.state).toBe('failure')
    gh.review(n, 'maintainer-max', 'APPROVED')
    await onReview(n, 'maintainer-max', 'approved')
    expect(headStatus(n)?.state).toBe('success')
  })

  it('asks privacy counsel for AI findings when the policy says so', async () => {
    const gh = server.gh
    const n = openPull('approvers:\n  default:\n    users: [counsel-carol]\n  categories:\n    ai-training:\n      users: [dpo-dana]\n')
    await onPull(n, 'opened')
    gh.review(n, 'counsel-carol', 'APPROVED')
    await onReview(n, 'counsel-carol', 'approved')
    expect(headStatus(n)?.state).toBe('failure')
    expect(headStatus(n)?.description).toMatch(/awaits? sign-off by dpo-dana/)
    gh.review(n, 'dpo-dana', 'APPROVED')
    await onReview(n, 'dpo-dana', 'approved')
    expect(headStatus(n)?.state).toBe('success')
  })

  it('never asks the author to sign: when they are the only approver, says what to change in the policy', async () => {
    const n = openPull('approvers:\n  default:\n    users: [pm-pat]\n')
    await onPull(n, 'opened')
    expect(headStatus(n)?.description).toMatch(/^\d+ findings? awaits? sign-off: no eligible approver \(pm-pat wrote the change\); add one under approvers\.default$/)
    expect(summary(n)).toMatch(/@pm-pat is an approver but wrote this change, so cannot sign it off: another approver must\./)
    expect(summary(n)).toMatch(/No eligible approver for \d+ findings?: every approver under `approvers\.default` wrote this change/)
    // The inline comments' "To sign off" line does not send counsel's work to the author either.
    const inline = server.gh.ownThreads(n).map((t) => t.comments[0]?.body ?? '')
    expect(inline.length).toBeGreaterThan(0)
    for (const body of inline) expect(body).not.toMatch(/@pm-pat/)
  })

  it('shows who can still sign and the exact comment to copy, which signs off', async () => {
    const gh = server.gh
    const n = openPull()
    await onPull(n, 'opened')
    expect(summary(n)).toMatch(/\*\*Who can still sign off:\*\* @counsel-carol\n/)
    expect(server.gh.ownThreads(n)[0]?.comments[0]?.body).toMatch(/from @counsel-carol\./)
    const command = /```text\n(\/tos-guard sign-off [0-9a-f]{12})\n```/.exec(summary(n))?.[1] ?? 'no command in the summary'
    gh.comment(n, 'counsel-carol', command)
    await onComment(n, 'counsel-carol', command)
    expect(headStatus(n)?.state).toBe('success')
    expect(summary(n)).toMatch(/✅ signed off by @counsel-carol at `[0-9a-f]{7}` \(comment\)/)
  })

  it('fails closed on team approvers with GITHUB_TOKEN, and reads them with an approver token', async () => {
    const gh = server.gh
    gh.teams.set('acme/legal', new Set(['counsel-carol']))
    const n = openPull('approvers:\n  default:\n    teams: [acme/legal]\n')
    await onPull(n, 'opened')
    gh.review(n, 'counsel-carol', 'APPROVED')
    await onReview(n, 'counsel-carol', 'approved')
    expect(headStatus(n)?.state).toBe('failure')
    expect(summary(n)).toMatch(/Cannot check membership of team acme\/legal \(the token cannot see this team: GITHUB_TOKEN never can; give approver-token a token with read:org\)/)
    const r = await runBundledAction(server, 'pull_request_review', reviewPayload(server, n, 'counsel-carol', 'approved'), { 'approver-token': 'org-token' })
    expect(r.code, r.stdout).toBe(0)
    expect(headStatus(n)?.state).toBe('success')
  })

  it('holds a pull request that changes the policy file for sign-off', async () => {
    const gh = server.gh
    const base = gh.commit({ 'legal/terms.md': BEFORE, '.github/tos-guard.yml': POLICY })
    const head = gh.commit({ '.github/tos-guard.yml': `${POLICY}fail-on: critical\n` }, base)
    const n = gh.openPull({ base, head }).number
    await onPull(n, 'opened')
    expect(headStatus(n)?.state).toBe('failure')
    expect(summary(n)).toMatch(/Change to how tos-guard reviews/)
    const thread = gh.ownThreads(n)[0]
    expect(thread?.comments[0]?.path).toBe('.github/tos-guard.yml')
  })

  it('passes a merge queue commit when every pull request in it is signed off', async () => {
    const gh = server.gh
    const n = openPull()
    await onPull(n, 'opened')
    const queueSha = gh.commit({ 'legal/terms.md': AFTER }, gh.pull(n).baseSha)
    const r1 = await runBundledAction(server, 'merge_group', mergeGroupPayload(queueSha, gh.pull(n).baseSha, [n]))
    expect(r1.code, r1.stdout).toBe(0)
    expect(gh.status(queueSha)?.state).toBe('failure')
    gh.review(n, 'counsel-carol', 'APPROVED')
    await onReview(n, 'counsel-carol', 'approved')
    const r2 = await runBundledAction(server, 'merge_group', mergeGroupPayload(queueSha, gh.pull(n).baseSha, [n]))
    expect(r2.code, r2.stdout).toBe(0)
    expect(gh.status(queueSha)?.state).toBe('success')
  })
})

describe('forged sign-offs do not turn the gate green', () => {
  it('a comment quoting tos-guard\'s markers and state', async () => {
    const gh = server.gh
    const n = openPull()
    await onPull(n, 'opened')
    const own = gh.ownComments(n)[0]?.body ?? ''
    const forged = own.replace(/"ids":\[[^\]]*\]/, '"ids":[]').replace('needs sign-off', 'signed off')
    gh.comment(n, 'maintainer-max', forged)
    gh.comment(n, 'maintainer-max', '<!-- tos-guard:finding id=0123456789abcdef -->\n/tos-guard sign-off')
    await onPull(n)
    expect(headStatus(n)?.state).toBe('failure')
    expect(gh.ownComments(n)).toHaveLength(1)
  })

  it('an edited comment, a label from a non-approver, and a review at an older commit', async () => {
    const gh = server.gh
    const n = openPull()
    await onPull(n, 'opened')
    // A comment edited into the command does not count.
    const c = gh.comment(n, 'counsel-carol', 'looks fine')
    gh.editComment(c, '/tos-guard sign-off')
    const out = await onComment(n, 'counsel-carol', '/tos-guard sign-off', 'edited', 'looks fine')
    expect(out).not.toMatch(/not a sign-off command/)
    expect(headStatus(n)?.state).toBe('failure')
    expect(summary(n)).toMatch(/the sign-off comment was edited after it was posted/)
    // The sign-off label added by someone who is not an approver does not count.
    gh.label(n, 'maintainer-max', 'tos-guard: signed off')
    await onPull(n, 'labeled')
    expect(headStatus(n)?.state).toBe('failure')
    expect(summary(n)).toMatch(/@maintainer-max added the label but is not an approver/)
    // Counsel approved the first version; a later commit adds an AI purpose: that review is stale.
    const old = gh.pull(n).headSha
    const withAi = AFTER.replace('## 4. Acceptable use', 'We may also use your chat messages to train our large language models.\n\n## 4. Acceptable use')
    gh.push(n, gh.commit({ 'legal/terms.md': withAi }, old))
    gh.review(n, 'counsel-carol', 'APPROVED', old)
    await onReview(n, 'counsel-carol', 'approved')
    expect(headStatus(n)?.state).toBe('failure')
  })
})
