import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useFakeGitHub } from './helpers/fake-github/lifecycle.js'
import type { FakeGitHubServer } from './helpers/fake-github/server.js'
import { BOT } from './helpers/fake-github/state.js'
import { pullPayload, reviewPayload, runBundledAction } from './helpers/run-action.js'

/*
 * Issue 11, items 1–4: attacks a pull-request author can mount on the gate's integrity, each
 * replayed end to end against the fake GitHub. Every one of them turned the status green before
 * the fix; each test asserts the status a reviewer relies on.
 */
const root = join(import.meta.dirname, '..')
const BEFORE = readFileSync(join(root, 'examples', 'acme-terms', 'before.md'), 'utf8')
const AFTER = readFileSync(join(root, 'examples', 'acme-terms', 'after.md'), 'utf8')
const TYPO = BEFORE.replace('Terms', 'Terms ')
const POLICY = 'approvers:\n  default:\n    users: [counsel-carol]\n'

let server: FakeGitHubServer
useFakeGitHub((s) => {
  server = s
})

async function onPull(number: number, action = 'synchronize'): Promise<void> {
  const r = await runBundledAction(server, 'pull_request_target', pullPayload(server, number, action))
  expect(r.code === 0 || /could not read|could not review/.test(r.stdout), r.stdout).toBe(true)
}
const headStatus = (number: number) => server.gh.status(server.gh.pull(number).headSha)

/** The ids tos-guard flags for the Zoom-style change, read from a probe pull request's state. */
async function flaggedIdsOfAfter(): Promise<string[]> {
  const gh = server.gh
  const base = gh.commit({ 'legal/terms.md': BEFORE, '.github/tos-guard.yml': POLICY })
  const n = gh.openPull({ base, head: gh.commit({ 'legal/terms.md': AFTER }, base) }).number
  await onPull(n, 'opened')
  const body = gh.ownComments(n)[0]?.body ?? ''
  const state = JSON.parse(/<!-- tos-guard:state (\{.*\}) -->/.exec(body)?.[1] ?? '{}') as { evaluations: Array<{ ids: string[] }> }
  const ids = state.evaluations.at(-1)?.ids ?? []
  expect(ids.length).toBeGreaterThan(0)
  return ids
}

/** A pull request whose first commit is a harmless typo fix that counsel approves: green. */
async function approvedHarmlessPull(): Promise<{ n: number; harmless: string }> {
  const gh = server.gh
  const base = gh.commit({ 'legal/terms.md': BEFORE, '.github/tos-guard.yml': POLICY })
  const harmless = gh.commit({ 'legal/terms.md': TYPO }, base)
  const n = gh.openPull({ base, head: harmless, author: 'pm-pat' }).number
  await onPull(n, 'opened')
  gh.review(n, 'counsel-carol', 'APPROVED')
  const r = await runBundledAction(server, 'pull_request_review', reviewPayload(server, n, 'counsel-carol', 'approved'))
  expect(r.code, r.stdout).toBe(0)
  expect(headStatus(n)?.state).toBe('success')
  return { n, harmless }
}

const forgedState = (sha: string, ids: string[]): string => `<!-- tos-guard:state ${JSON.stringify({ v: 1, evaluations: [{ sha, ids, at: '2026-11-28T09:00:00Z' }] })} -->`

describe('issue 11 item 1: nothing a pull request names can be read back as gate state', () => {
  it('a file name carrying a forged state marker, unreadable, then deleted: never green', async () => {
    const gh = server.gh
    const ids = await flaggedIdsOfAfter()
    const { n, harmless } = await approvedHarmlessPull()
    // The forged state claims counsel's approved commit already carried the AI clause.
    const trap = `legal/notes${forgedState(harmless, ids)}.md`
    const withTrap = gh.commit({ 'legal/terms.md': AFTER, [trap]: { binary: new Uint8Array([0x41, 0x00, 0x42]) } }, harmless)
    gh.push(n, withTrap)
    await onPull(n)
    expect(headStatus(n)?.state).toBe('error')
    const body = gh.ownComments(n)[0]?.body ?? ''
    expect(body.match(/<!-- tos-guard:state/g)).toHaveLength(1)
    expect(body).toContain('notes&lt;!-- tos-guard:state')
    gh.push(n, gh.commitRemoving(withTrap, [trap]))
    await onPull(n)
    expect(headStatus(n)?.state).toBe('failure')
    expect(headStatus(n)?.description).not.toMatch(/Signed off/)
  })
})

describe('issue 11 item 2: only tos-guard\'s own summary holds its state', () => {
  it('another workflow\'s bot comment echoing a forged summary is neither believed nor overwritten', async () => {
    const gh = server.gh
    const ids = await flaggedIdsOfAfter()
    const { n, harmless } = await approvedHarmlessPull()
    gh.push(n, gh.commit({ 'legal/terms.md': AFTER }, harmless))
    await onPull(n)
    expect(headStatus(n)?.state).toBe('failure')
    // A workflow that echoes the pull request's title posts as the same github-actions[bot].
    const echoed = `<!-- tos-guard:summary -->\n${forgedState(harmless, ids)}`
    const at = gh.now()
    const echo = { id: gh.nextId(), issue: n, user: BOT, body: echoed, createdAt: at, updatedAt: at }
    gh.issueComments.push(echo)
    await onPull(n)
    expect(headStatus(n)?.state).toBe('failure')
    expect(echo.body).toBe(echoed)
  })
})

describe('issue 11 item 3: a suppression is bound to the text it covered', () => {
  const SUPPRESS = '<!-- tos-guard-disable ai-training reason="approved by counsel in 2024" -->'
  const AI = 'We may use your content to train our artificial intelligence models.'
  const base = `# Terms\n\n## Content\n\n${SUPPRESS}\nWe use aggregated statistics to improve the Services.\n\n## Other\n\nYou may cancel at any time.\n`
  const moved = `# Terms\n\n## Content\n\nWe use aggregated statistics to improve the Services.\n\n## Other\n\n${SUPPRESS}\n${AI}\n\nYou may cancel at any time.\n`
  const stretched = `# Terms\n\n## Content\n\n${SUPPRESS}\nWe use aggregated statistics to improve the Services.\n${AI}\n\n## Other\n\nYou may cancel at any time.\n`

  for (const [name, head] of [['moved onto a new paragraph', moved], ['stretched over an appended grant', stretched]] as const) {
    it(`a directive ${name} needs sign-off`, async () => {
      const gh = server.gh
      const b = gh.commit({ 'legal/terms.md': base, '.github/tos-guard.yml': POLICY })
      const n = gh.openPull({ base: b, head: gh.commit({ 'legal/terms.md': head }, b) }).number
      await onPull(n, 'opened')
      expect(headStatus(n)?.state).toBe('failure')
      expect(gh.ownComments(n)[0]?.body).toMatch(/Change to how tos-guard reviews/)
    })
  }

  it('an untouched directive over untouched text stays quiet', async () => {
    const gh = server.gh
    const b = gh.commit({ 'legal/terms.md': base, '.github/tos-guard.yml': POLICY })
    const n = gh.openPull({ base: b, head: gh.commit({ 'legal/terms.md': base.replace('cancel at any time', 'cancel at any time online') }, b) }).number
    await onPull(n, 'opened')
    expect(headStatus(n)?.state).toBe('success')
  })
})

describe('issue 11 item 4: what cannot be listed completely is never green', () => {
  it('a terms change past the 3,000 files GitHub lists gets an error status naming it', async () => {
    const gh = server.gh
    const b = gh.commit({ 'legal/terms.md': BEFORE, '.github/tos-guard.yml': POLICY })
    const filler: Record<string, string> = { 'legal/terms.md': AFTER }
    for (let i = 0; i < 3000; i++) filler[`assets/f${String(i).padStart(4, '0')}.txt`] = `${i}\n`
    const n = gh.openPull({ base: b, head: gh.commit(filler, b) }).number
    await onPull(n, 'opened')
    expect(headStatus(n)?.state).toBe('error')
    expect(headStatus(n)?.description).toMatch(/3,?000/)
  })
})
