import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { markedIds } from '../src/report/markers.js'
import { useFakeGitHub } from './helpers/fake-github/lifecycle.js'
import type { FakeGitHubServer } from './helpers/fake-github/server.js'
import { pullPayload, runBundledAction } from './helpers/run-action.js'

/*
 * End-to-end: the Action runs against a fake GitHub on 127.0.0.1 that checks every request against
 * GitHub's OpenAPI description and GraphQL schema; the file's first run spawns the bundled Action
 * (dist/index.js) as the runner does, later runs call the same entry point in-process
 * (helpers/run-action.ts).
 */
const root = join(import.meta.dirname, '..')
const BEFORE = readFileSync(join(root, 'examples', 'acme-terms', 'before.md'), 'utf8')
const AFTER = readFileSync(join(root, 'examples', 'acme-terms', 'after.md'), 'utf8')

let server: FakeGitHubServer
useFakeGitHub((s) => {
  server = s
})

function zoomStylePull(): number {
  const gh = server.gh
  const base = gh.commit({ 'legal/terms.md': BEFORE, 'README.md': '# Acme\n' })
  const head = gh.commit({ 'legal/terms.md': AFTER, 'src/app.ts': 'export {}\n' }, base)
  return gh.openPull({ base, head }).number
}

const run = (number: number, action = 'opened', inputs: Record<string, string> = {}, env: Record<string, string> = {}) =>
  runBundledAction(server, 'pull_request_target', pullPayload(server, number, action), inputs, env)

describe('review comments', () => {
  it('posts one review with comments on the changed lines, a summary, and a red status', async () => {
    const number = zoomStylePull()
    const r = await run(number)
    expect(r.stderr).toBe('')
    expect(r.code, r.stdout).toBe(0)
    const gh = server.gh
    expect(gh.reviews.filter((x) => x.pull === number)).toHaveLength(1)
    const threads = gh.ownThreads(number)
    expect(threads.length).toBeGreaterThanOrEqual(4)
    for (const t of threads) {
      expect(t.comments[0]?.path).toBe('legal/terms.md')
      expect(t.comments[0]?.body).toMatch(/<!-- tos-guard:finding id=[0-9a-f]{16} -->/)
    }
    // The AI purpose sits in the rewritten licence, lines 25–30 of the new file.
    const ai = threads.find((t) => t.comments[0]?.body.includes('New AI-training purpose') && t.comments[0]?.body.includes('machine learning'))
    expect(ai?.comments[0]).toMatchObject({ side: 'RIGHT', startLine: 25, line: 30 })
    // A removed promise is commented on the old side, where it was.
    const removed = threads.find((t) => t.comments[0]?.body.includes('commitment not to use content or data for AI training'))
    expect(removed?.comments[0]).toMatchObject({ side: 'LEFT', startLine: 37, line: 38 })
    expect(gh.ownComments(number)).toHaveLength(1)
    expect(gh.ownComments(number)[0]?.body).toMatch(/^<!-- tos-guard:summary -->\n## tos-guard: \d+ findings need sign-off/)
    expect(gh.status(gh.pull(number).headSha)).toMatchObject({ state: 'failure', context: 'tos-guard' })
    expect(r.outputs).toMatchObject({ decision: 'failure' })
    // One comment per clause: every finding's id is marked in exactly one thread.
    const ids = threads.flatMap((t) => markedIds(t.comments[0]?.body))
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toHaveLength(Number(r.outputs.findings))
    expect(r.summary).toContain('<!-- tos-guard:summary -->')
    // Reads grow with files, writes stay constant: one review, one summary (created, then bound
    // to its own comment id so that no other comment can pass for it), one status.
    expect(server.writes().map((w) => `${w.method} ${w.path.replace(/[0-9a-f]{40}/, 'SHA').replace(/comments\/\d+/, 'comments/ID')}`)).toEqual([
      'POST /repos/acme/terms/pulls/7/reviews',
      'POST /repos/acme/terms/issues/7/comments',
      'PATCH /repos/acme/terms/issues/comments/ID',
      'POST /repos/acme/terms/statuses/SHA',
    ])
    expect(server.reads().length).toBeLessThanOrEqual(12)
  })

  it('writes nothing on a re-run with no change', async () => {
    const number = zoomStylePull()
    await run(number)
    server.resetLog()
    const again = await run(number, 'synchronize')
    expect(again.code, again.stdout).toBe(0)
    expect(server.writes()).toEqual([])
    expect(server.gh.reviews).toHaveLength(1)
    expect(server.gh.ownComments(number)).toHaveLength(1)
    expect(again.stdout).toMatch(/summary comment: unchanged/)
  })

  it('resolves the thread of a finding a later push removes, and keeps threads people replied to', async () => {
    const number = zoomStylePull()
    await run(number)
    const gh = server.gh
    const before = gh.ownThreads(number)
    const ai = before.find((t) => t.comments[0]?.body.includes('with usage data and telemetry'))
    expect(ai).toBeDefined()
    // A person replies on another thread: it is theirs now.
    const replied = before.find((t) => t !== ai && t.comments[0]?.side === 'RIGHT' && t.comments[0]?.line !== ai?.comments[0]?.line)
    replied?.comments.push({ ...(replied.comments[0] as NonNullable<typeof replied.comments[0]>), id: gh.nextId(), user: { login: 'counsel-carol', type: 'User' }, body: 'Looking.' })
    // The push drops the paragraph on Service Generated Data and the definition change.
    const cleaned = AFTER.replace(/You consent to Acme's access[\s\S]*?algorithms and models\)\.\n\n/, '')
    gh.push(number, gh.commit({ 'legal/terms.md': cleaned }, gh.pull(number).headSha))
    server.resetLog()
    const r = await run(number, 'synchronize')
    expect(r.code, r.stdout).toBe(0)
    expect(ai?.isResolved).toBe(true)
    expect(replied?.isResolved).toBe(false)
    expect(gh.reviews).toHaveLength(1)
    expect(server.writes().filter((w) => w.graphql)).toHaveLength(1)
  })

  it('puts a finding outside the diff hunks in the review body and the summary', async () => {
    const gh = server.gh
    // Widen a definition at the top of a long file; the grant that relies on it is far below,
    // unchanged, and the change itself is at the top: the hunk covers the definition only.
    const filler = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} of the terms explains something unrelated.\n`).join('\n')
    const before = `"User Content" means the posts you publish.\n\n${filler}\nYou grant us a perpetual, irrevocable license to use User Content.\n\nWe do not sell your personal data.\n`
    const after = `"User Content" means the posts you publish.\n\n${filler}\nYou grant us a perpetual, irrevocable license to use User Content.\n\nWe do not sell your personal data.\n`.replace('We do not sell your personal data.\n', '')
    const base = gh.commit({ 'terms.md': before })
    const head = gh.commit({ 'terms.md': `${after}\nWe may share your posts with partners.\n` }, base)
    const number = gh.openPull({ base, head }).number
    // Make GitHub's patch omit the removed line's hunk by dropping the patch entirely.
    gh.patchLimit = 10
    const r = await run(number)
    expect(r.code, r.stdout).toBe(0)
    expect(gh.ownThreads(number)).toEqual([])
    const review = gh.reviews.find((x) => x.pull === number)
    expect(review?.body).toMatch(/Not on a changed line/)
    expect(review?.body).toMatch(/<!-- tos-guard:finding id=[0-9a-f]{16} -->/)
    expect(gh.ownComments(number)[0]?.body).toMatch(/### Not commented inline \(1\)/)
  })

  it('caps inline comments at 30 per review and lists the rest, with nothing dropped', async () => {
    const gh = server.gh
    const paragraphs = Array.from({ length: 60 }, (_, i) => `Section ${i + 1}: you grant Acme Unit ${i + 1} a perpetual, irrevocable, sublicensable license to use your posts in campaign number ${i + 1}.`)
    const base = gh.commit({ 'terms.md': '# Terms\n' })
    const head = gh.commit({ 'terms.md': `# Terms\n\n${paragraphs.join('\n\n')}\n` }, base)
    const number = gh.openPull({ base, head }).number
    const r = await run(number)
    expect(r.code, r.stdout).toBe(0)
    const findings = Number(r.outputs.findings)
    expect(findings).toBe(60)
    expect(gh.ownThreads(number)).toHaveLength(30)
    const review = gh.reviews.find((x) => x.pull === number)
    expect(review?.body.match(/tos-guard:finding id=/g)).toHaveLength(30)
    expect(server.writes()).toHaveLength(4)
    // A re-run posts none of them again.
    server.resetLog()
    await run(number, 'synchronize')
    expect(server.writes()).toEqual([])
  })
})

describe('tokens and faults', () => {
  it('with a read-only token, reports in the job summary and annotations and fails the job', async () => {
    const number = zoomStylePull()
    const r = await run(number, 'opened', { token: 'read-token' })
    expect(r.code).toBe(1)
    expect(server.gh.reviews).toEqual([])
    expect(server.gh.statuses).toEqual([])
    expect(r.stdout).toMatch(/::warning::tos-guard cannot post review comments.*read-only.*pull_request_target/)
    expect(r.stdout).toMatch(/::error title=tos-guard%3A ai-training,file=legal\/terms.md,line=25,endLine=30::/)
    expect(r.stdout).toMatch(/::error::tos-guard: \d+ finding\(s\) need sign-off, and this token cannot set the tos-guard status/)
    expect(r.summary).toMatch(/## tos-guard: \d+ findings need sign-off/)
    expect(r.stdout).not.toMatch(/\n\s+at /)
  })

  it('retries a 502 and a reset connection, then succeeds', async () => {
    const number = zoomStylePull()
    server.fail({ match: (m, p) => m === 'GET' && p.endsWith('/files'), times: 1, respond: { status: 502, body: { message: 'Bad Gateway' } } })
    server.fail({ match: (m, p) => m === 'POST' && p.endsWith('/reviews'), times: 1, respond: 'reset' })
    const r = await run(number)
    expect(r.code, r.stdout).toBe(0)
    expect(server.gh.reviews).toHaveLength(1)
    expect(server.gh.status(server.gh.pull(number).headSha)?.state).toBe('failure')
  })

  it('waits out a secondary rate limit as retry-after asks', async () => {
    const number = zoomStylePull()
    server.fail({
      match: (m, p) => m === 'POST' && p.includes('/issues/'),
      times: 1,
      respond: { status: 403, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } },
    })
    const r = await run(number)
    expect(r.code, r.stdout).toBe(0)
    expect(r.stdout).toMatch(/secondary rate limit on POST .*retrying in 1 s/)
    expect(server.gh.ownComments(number)).toHaveLength(1)
    const posts = server.log.filter((l) => l.method === 'POST' && l.path.includes('/issues/'))
    expect(posts.map((p) => p.status)).toEqual([403, 201])
  })

  it('fails with one clear line when GitHub keeps failing', async () => {
    const number = zoomStylePull()
    server.fail({ match: (m, p) => m === 'GET' && p.endsWith(`/pulls/${number}`), times: 10, respond: { status: 500, body: { message: 'Server Error' } } })
    const r = await run(number)
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/::error::tos-guard failed: HTTP 500: Server Error \(GET \/repos\/acme\/terms\/pulls\/7\)/)
    // The event names the head commit: it is marked error, so that no earlier green stands (issue 11).
    expect(server.gh.statuses.map((s) => s.state)).toEqual(['error'])
  })
})

describe('events', () => {
  it('reviews the pull request named by workflow_dispatch, and says what is wrong without one', async () => {
    const number = zoomStylePull()
    const dispatch = { inputs: { 'pull-request': String(number) }, ref: 'refs/heads/main', repository: { full_name: 'acme/terms' } }
    const r = await runBundledAction(server, 'workflow_dispatch', dispatch, { 'pull-request': String(number) })
    expect(r.code, r.stdout).toBe(0)
    expect(server.gh.status(server.gh.pull(number).headSha)?.state).toBe('failure')
    const missing = await runBundledAction(server, 'workflow_dispatch', dispatch)
    expect(missing.code).toBe(1)
    expect(missing.stdout).toMatch(/::error::tos-guard: workflow_dispatch needs the pull-request input/)
    const unknown = await runBundledAction(server, 'push', { ref: 'refs/heads/main' })
    expect(unknown.code).toBe(1)
    expect(unknown.stdout).toMatch(/::error::tos-guard: tos-guard does not handle the "push" event/)
  })

  it('reports an invalid policy with its line and an error status, never falling back to defaults', async () => {
    const gh = server.gh
    const base = gh.commit({ 'legal/terms.md': BEFORE, '.github/tos-guard.yml': 'fail-on: sometimes\n' })
    const head = gh.commit({ 'legal/terms.md': AFTER }, base)
    const number = gh.openPull({ base, head }).number
    const r = await run(number)
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/\.github\/tos-guard\.yml:1:10: fail-on must be one of low, medium, high, critical \(got "sometimes"\)/)
    expect(gh.status(gh.pull(number).headSha)).toMatchObject({ state: 'error' })
    expect(gh.reviews).toEqual([])
  })
})
