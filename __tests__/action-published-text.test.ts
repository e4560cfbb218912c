import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useFakeGitHub } from './helpers/fake-github/lifecycle.js'
import type { FakeGitHubServer } from './helpers/fake-github/server.js'
import { pullPayload, runBundledAction } from './helpers/run-action.js'

/*
 * A clause hidden from the analysis but published, end to end: a grant written on the line that
 * opens a code fence is CommonMark's info string, which renderers that know no fences, or show
 * it as the block's title, publish. The engine-level cases are in published-text.test.ts.
 */
const root = join(import.meta.dirname, '..')
const BEFORE = readFileSync(join(root, 'examples', 'acme-terms', 'before.md'), 'utf8')
const POLICY = 'approvers:\n  default:\n    users: [counsel-carol]\n'
const GRANT = 'You grant Acme a perpetual, irrevocable, sublicensable licence to use Customer Content to train our AI models.'

let server: FakeGitHubServer
useFakeGitHub((s) => {
  server = s
})

describe('a clause on the line that opens a code fence', () => {
  it('is commented on its line and holds the status red', async () => {
    const gh = server.gh
    const lines = BEFORE.split('\n')
    // After the first heading's paragraph: a fence whose first line carries the grant.
    const at = lines.findIndex((l, i) => i > 0 && l.trim() === '') + 1
    const after = [...lines.slice(0, at), '```' + GRANT, 'Example: upload a file.', '```', '', ...lines.slice(at)].join('\n')
    const base = gh.commit({ 'legal/terms.md': BEFORE, '.github/tos-guard.yml': POLICY })
    const n = gh.openPull({ base, head: gh.commit({ 'legal/terms.md': after }, base), author: 'pm-pat' }).number
    const r = await runBundledAction(server, 'pull_request_target', pullPayload(server, n, 'opened'))
    expect(r.code, r.stdout).toBe(0)
    expect(gh.status(gh.pull(n).headSha)?.state).toBe('failure')
    const comments = gh.ownThreads(n).flatMap((t) => t.comments)
    expect(comments.map((c) => [c.path, c.line, c.side])).toContainEqual(['legal/terms.md', at + 1, 'RIGHT'])
    expect(comments.find((c) => c.line === at + 1)?.body).toMatch(/AI|machine-learning/)
  })
})
