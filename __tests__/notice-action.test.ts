import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useFakeGitHub } from './helpers/fake-github/lifecycle.js'
import type { FakeGitHubServer } from './helpers/fake-github/server.js'
import { pullPayload, runBundledAction } from './helpers/run-action.js'

/* The bundled Action against the fake GitHub: the notice finding, the `notice` output and the summary's draft. */
const root = join(import.meta.dirname, '..')
const BEFORE = readFileSync(join(root, 'examples', 'acme-terms', 'before.md'), 'utf8')
const AFTER = readFileSync(join(root, 'examples', 'acme-terms', 'after.md'), 'utf8')

let server: FakeGitHubServer
useFakeGitHub((s) => {
  server = s
})

describe('publishing duties in the Action', () => {
  it('holds a material change with a stale effective date, names the draft notice file and shows it in the summary', async () => {
    const gh = server.gh
    const base = gh.commit({ 'legal/terms.md': BEFORE })
    // The example's new date (July 27, 2023) is long past on the run's date: too soon by any period.
    const head = gh.commit({ 'legal/terms.md': AFTER }, base)
    const number = gh.openPull({ base, head }).number
    const r = await runBundledAction(server, 'pull_request_target', pullPayload(server, number, 'opened'))
    expect(r.code, r.stdout).toBe(0)
    const notice = gh.ownThreads(number).find((t) => t.comments[0]?.body.includes('The new effective date 2023-07-27'))
    expect(notice?.comments[0]).toMatchObject({ path: 'legal/terms.md', side: 'RIGHT', line: 3 })
    expect(r.outputs.notice).toMatch(/tos-guard-notice\.md$/)
    const summary = gh.ownComments(number)[0]?.body ?? ''
    expect(summary).toContain("<details>\n<summary>Draft notice to users: what's changing in the terms (for counsel to edit)</summary>")
    expect(summary).toContain(`[2.2 Licence to Acme](https://github.com/acme/terms/blob/${gh.pull(number).headSha}/legal/terms.md#22-licence-to-acme)`)
    expect(summary).toContain('The new terms take effect on **July 27, 2023**.')
    expect(gh.status(gh.pull(number).headSha)).toMatchObject({ state: 'failure' })
  })

  it('names no draft when nothing needs notice', async () => {
    const gh = server.gh
    const base = gh.commit({ 'legal/terms.md': BEFORE })
    const head = gh.commit({ 'legal/terms.md': BEFORE.replace('Acme Meetings', 'Acme Meetings™') }, base)
    const number = gh.openPull({ base, head }).number
    const r = await runBundledAction(server, 'pull_request_target', pullPayload(server, number, 'opened'))
    expect(r.code, r.stdout).toBe(0)
    expect(r.outputs.notice).toBe('')
    expect(gh.ownComments(number)[0]?.body ?? '').not.toContain('Draft notice to users')
  })
})
