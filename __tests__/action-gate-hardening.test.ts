import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useFakeGitHub } from './helpers/fake-github/lifecycle.js'
import type { FakeGitHubServer } from './helpers/fake-github/server.js'
import { commentPayload, mergeGroupPayload, pullPayload, reviewPayload, runBundledAction, type ActionRun } from './helpers/run-action.js'

/*
 * Issue 11, items 5–8: a red that turns into a stale green, configuration that silently
 * weakens the gate, and sign-offs from people who should not give them. End to end, against the
 * fake GitHub; each test failed before its fix.
 */
const root = join(import.meta.dirname, '..')
const BEFORE = readFileSync(join(root, 'examples', 'acme-terms', 'before.md'), 'utf8')
const AFTER = readFileSync(join(root, 'examples', 'acme-terms', 'after.md'), 'utf8')
const POLICY = 'approvers:\n  default:\n    users: [counsel-carol, counsel-cody]\n'

let server: FakeGitHubServer
useFakeGitHub((s) => {
  server = s
  s.gh.permissions.set('maintainer-max', 'write')
  s.gh.permissions.set('writer-wes', 'write')
})

const onPull = (number: number, action = 'synchronize', env: Record<string, string> = {}): Promise<ActionRun> => runBundledAction(server, 'pull_request_target', pullPayload(server, number, action), {}, env)
async function onReview(number: number, reviewer: string, state: string, action = 'submitted'): Promise<ActionRun> {
  return runBundledAction(server, 'pull_request_review', reviewPayload(server, number, reviewer, state, action))
}
const headStatus = (number: number) => server.gh.status(server.gh.pull(number).headSha)

function openPull(files: Record<string, string | { binary: Uint8Array }> = { '.github/tos-guard.yml': POLICY }, after = AFTER): number {
  const gh = server.gh
  const base = gh.commit({ 'legal/terms.md': BEFORE, ...files })
  return gh.openPull({ base, head: gh.commit({ 'legal/terms.md': after }, base), author: 'pm-pat' }).number
}

describe('issue 11 item 5: no error path leaves an earlier green standing', () => {
  it('a 404 on one write is not a read-only token: the re-evaluation still ends red, and pending comes first', async () => {
    const gh = server.gh
    const n = openPull()
    expect((await onPull(n, 'opened')).code).toBe(0)
    const approval = gh.review(n, 'counsel-carol', 'APPROVED')
    expect((await onReview(n, 'counsel-carol', 'approved')).code).toBe(0)
    expect(headStatus(n)?.state).toBe('success')
    // The approval is dismissed; the summary comment was deleted meanwhile (PATCH answers 404).
    gh.dismiss(approval, 'counsel-carol')
    server.fail({ match: (method, path) => method === 'PATCH' && path.includes('/issues/comments/'), times: 5, respond: { status: 404, body: { message: 'Not Found' } } })
    const r = await onReview(n, 'counsel-carol', 'dismissed', 'dismissed')
    expect(r.stdout).not.toMatch(/read-only/)
    expect(headStatus(n)?.state).not.toBe('success')
    const states = gh.statuses.filter((s) => s.sha === gh.pull(n).headSha).map((s) => s.state)
    expect(states.slice(-2)[0]).toBe('pending')
  })
})

describe('issue 11 item 6: an unreadable policy is an error, never the defaults', () => {
  const utf16 = (text: string): Uint8Array => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))

  it('a UTF-16 policy file', async () => {
    const n = openPull({ '.github/tos-guard.yml': { binary: utf16(POLICY) } })
    await onPull(n, 'opened')
    expect(headStatus(n)).toMatchObject({ state: 'error' })
    // With the defaults, any writer could have signed off.
    server.gh.review(n, 'maintainer-max', 'APPROVED')
    await onReview(n, 'maintainer-max', 'approved')
    expect(headStatus(n)?.state).toBe('error')
  })

  it('a directory at the policy path', async () => {
    const n = openPull({ '.github/tos-guard.yml/approvers.yml': POLICY })
    await onPull(n, 'opened')
    expect(headStatus(n)).toMatchObject({ state: 'error' })
  })
})

describe('issue 11 item 7: editing the workflow that runs tos-guard needs sign-off', () => {
  const WORKFLOW = 'on: pull_request_target\njobs:\n  tos-guard:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: tos-guard/tos-guard@v1\n        with:\n          fail-on: low\n'
  const env = { GITHUB_WORKFLOW_REF: 'acme/terms/.github/workflows/legal.yml@refs/heads/main' }

  it('the running workflow, and any workflow that uses tos-guard, but not unrelated ones', async () => {
    const gh = server.gh
    const base = gh.commit({ 'legal/terms.md': BEFORE, '.github/tos-guard.yml': POLICY, '.github/workflows/legal.yml': WORKFLOW, '.github/workflows/other.yml': WORKFLOW, '.github/workflows/ci.yml': 'on: push\n' })
    const edits: Array<[string, string, string]> = [
      ['.github/workflows/legal.yml', WORKFLOW.replace('fail-on: low', 'fail-on: critical'), 'failure'],
      ['.github/workflows/other.yml', WORKFLOW.replace('@v1', '@v0'), 'failure'],
      ['.github/workflows/ci.yml', 'on: [push, pull_request]\n', 'success'],
    ]
    for (const [path, text, expected] of edits) {
      const n = gh.openPull({ base, head: gh.commit({ [path]: text }, base) }).number
      expect((await onPull(n, 'opened', env)).code).toBe(0)
      expect(headStatus(n)?.state, path).toBe(expected)
      if (expected === 'failure') expect(gh.ownComments(n)[0]?.body).toMatch(/Change to how tos-guard reviews/)
    }
  })
})

describe('issue 11 item 8: who may sign off, and who may lift a block', () => {
  it('a writer who pushed a commit into the pull request cannot approve it', async () => {
    const gh = server.gh
    const base = gh.commit({ 'legal/terms.md': BEFORE, '.github/tos-guard.yml': 'fail-on: high\n' })
    const first = gh.commit({ 'legal/terms.md': BEFORE.replace('Terms', 'Terms ') }, base)
    const n = gh.openPull({ base, head: first, author: 'pm-pat' }).number
    gh.push(n, gh.commit({ 'legal/terms.md': AFTER }, first, 'maintainer-max'))
    await onPull(n)
    gh.review(n, 'maintainer-max', 'APPROVED')
    await onReview(n, 'maintainer-max', 'approved')
    expect(headStatus(n)?.state).toBe('failure')
    expect(gh.ownComments(n)[0]?.body).toMatch(/Not counted: review by @maintainer-max — they wrote commits of this pull request/)
    gh.review(n, 'writer-wes', 'APPROVED')
    await onReview(n, 'writer-wes', 'approved')
    expect(headStatus(n)?.state).toBe('success')
  })

  it('the author dismissing counsel\'s change request does not lift the block; another approver can', async () => {
    const gh = server.gh
    const n = openPull()
    await onPull(n, 'opened')
    // Each of these events re-runs the gate; the last run sees all of them.
    const block = gh.review(n, 'counsel-carol', 'CHANGES_REQUESTED')
    gh.dismiss(block, 'pm-pat')
    gh.review(n, 'counsel-cody', 'APPROVED')
    await onReview(n, 'counsel-cody', 'approved')
    expect(headStatus(n)).toMatchObject({ state: 'failure', description: 'Changes requested by counsel-carol' })
    // Another approver dismissing it does lift it.
    const again = gh.review(n, 'counsel-carol', 'CHANGES_REQUESTED')
    gh.dismiss(again, 'counsel-cody')
    await onReview(n, 'counsel-carol', 'dismissed', 'dismissed')
    expect(headStatus(n)?.state).toBe('success')
  })
})

describe('issue 11 item 9: a sign-off binds to what the summary had shown', () => {
  it('a sign-off comment posted while a run is in flight does not cover the findings that run adds', async () => {
    const gh = server.gh
    const n = openPull()
    // Counsel comments while the first run is between reading and writing the summary.
    let posted = false
    server.fail({
      match: (method, path) => {
        if (!posted && method === 'POST' && path.endsWith('/reviews')) {
          posted = true
          gh.comment(n, 'counsel-carol', '/tos-guard sign-off')
        }
        return false
      },
      times: 1,
      respond: { status: 500 },
    })
    await onPull(n, 'opened')
    expect(posted).toBe(true)
    const sign = (): Promise<ActionRun> => runBundledAction(server, 'issue_comment', commentPayload(server, n, 'counsel-carol', '/tos-guard sign-off'))
    expect((await sign()).code).toBe(0)
    expect(headStatus(n)?.state).toBe('failure')
    expect(gh.ownComments(n)[0]?.body).toMatch(/Not counted: comment by @counsel-carol — posted before tos-guard had evaluated/)
    // Once the summary shows them, the same command signs them off.
    gh.comment(n, 'counsel-carol', '/tos-guard sign-off')
    expect((await sign()).code).toBe(0)
    expect(headStatus(n)?.state).toBe('success')
  })
})

describe('issue 11 item 10: terms cannot leave scope unflagged', () => {
  it('upper-case and .mdx extensions, a deleted document, and a symbolic link', async () => {
    const gh = server.gh
    const base = gh.commit({ 'legal/Privacy.MD': BEFORE, 'legal/guide.mdx': BEFORE, 'legal/old-terms.md': '# Old terms\n\nWelcome to Acme.\n', 'legal/current.md': BEFORE, '.github/tos-guard.yml': POLICY })
    const head = gh.commitRemoving(base, ['legal/old-terms.md'], { 'legal/Privacy.MD': AFTER, 'legal/guide.mdx': AFTER, 'legal/current.md': '../terms/current.md' })
    const n = gh.openPull({ base, head }).number
    await onPull(n, 'opened')
    const body = gh.ownComments(n)[0]?.body ?? ''
    expect(body).toMatch(/\| legal\/Privacy\.MD \|/)
    expect(body).toMatch(/\| legal\/guide\.mdx \|/)
    expect(body).toMatch(/\| legal\/old-terms\.md \|.*Protection removed/)
    expect(body).toMatch(/legal\/current\.md\*\*: .*symbolic link/)
    expect(headStatus(n)?.state).toBe('error')
  })
})

describe('issue 11: check-run mode, and the merge queue under the policy\'s context', () => {
  it('publishes the decision as one check run updated in place, and the queue reads the policy\'s context', async () => {
    const gh = server.gh
    const n = openPull({ '.github/tos-guard.yml': `${POLICY}status:\n  context: legal-gate\n  check-run: true\n` })
    expect((await onPull(n, 'opened')).code).toBe(0)
    expect(gh.checkRuns.filter((c) => c.name === 'legal-gate').map((c) => c.conclusion)).toEqual(['failure'])
    gh.review(n, 'counsel-carol', 'APPROVED')
    expect((await onReview(n, 'counsel-carol', 'approved')).code).toBe(0)
    expect(gh.checkRuns.filter((c) => c.name === 'legal-gate').map((c) => c.conclusion)).toEqual(['success'])
    expect(gh.status(gh.pull(n).headSha, 'legal-gate')?.state).toBe('success')
    const queueSha = gh.commit({ 'legal/terms.md': AFTER }, gh.pull(n).baseSha)
    const r = await runBundledAction(server, 'merge_group', mergeGroupPayload(queueSha, gh.pull(n).baseSha, [n]))
    expect(r.code, r.stdout).toBe(0)
    expect(gh.status(queueSha, 'legal-gate')?.state).toBe('success')
  })
})
