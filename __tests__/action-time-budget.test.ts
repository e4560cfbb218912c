import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useFakeGitHub } from './helpers/fake-github/lifecycle.js'
import type { FakeGitHubServer } from './helpers/fake-github/server.js'
import { pullPayload, runBundledAction } from './helpers/run-action.js'

/*
 * Issue 11, item 11, end to end: a file whose analysis runs past the policy's time-budget gets an
 * error note, the other files are still reviewed, and the status is error, never green. A tiny
 * budget stands in for a slow document (time-budget.test.ts stops a worker that never returns).
 */
const root = join(import.meta.dirname, '..')
const BEFORE = readFileSync(join(root, 'examples', 'acme-terms', 'before.md'), 'utf8')
const AFTER = readFileSync(join(root, 'examples', 'acme-terms', 'after.md'), 'utf8')

let server: FakeGitHubServer
useFakeGitHub((s) => {
  server = s
})

describe('a per-file time budget in the Action', () => {
  it('past the budget: an error note per file, the run goes on, the status is error', async () => {
    const gh = server.gh
    const policy = 'time-budget: 0.001\napprovers:\n  default:\n    users: [counsel-carol]\n'
    const base = gh.commit({ 'legal/terms.md': BEFORE, 'legal/privacy.md': BEFORE, '.github/tos-guard.yml': policy })
    const n = gh.openPull({ base, head: gh.commit({ 'legal/terms.md': AFTER, 'legal/privacy.md': AFTER.replace('Acme', 'Acme Inc.') }, base), author: 'pm-pat' }).number
    const r = await runBundledAction(server, 'pull_request_target', pullPayload(server, n, 'opened'))
    expect(gh.status(gh.pull(n).headSha)?.state).toBe('error')
    expect(r.summary).toMatch(/legal\/privacy\.md[\s\S]*did not finish within 0\.001 s/)
    expect(r.summary).toMatch(/legal\/terms\.md[\s\S]*did not finish within 0\.001 s/)
    expect(r.stdout).toMatch(/could not read legal\/privacy\.md, legal\/terms\.md|could not read legal\/terms\.md, legal\/privacy\.md/)
  })

  it('within the budget (the default, 60 s), the same pull request is reviewed as before', async () => {
    const gh = server.gh
    const base = gh.commit({ 'legal/terms.md': BEFORE, '.github/tos-guard.yml': 'approvers:\n  default:\n    users: [counsel-carol]\n' })
    const n = gh.openPull({ base, head: gh.commit({ 'legal/terms.md': AFTER }, base), author: 'pm-pat' }).number
    const r = await runBundledAction(server, 'pull_request_target', pullPayload(server, n, 'opened'))
    expect(r.code, r.stdout).toBe(0)
    expect(gh.status(gh.pull(n).headSha)?.state).toBe('failure')
    expect(Number(r.outputs.findings)).toBeGreaterThan(0)
  })
})
