import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/*
 * Issue 11 ("also"): the gate decides and rendering renders without the transport. src/gate/ is
 * pure (no GitHub, no I/O), and nothing in src/report/ or src/gate/ imports src/github/, so the
 * marker format, the comments and the summary can be read and tested without Octokit.
 */
const src = join(import.meta.dirname, '..', 'src')
const importsOf = (folder: string): Array<[string, string]> =>
  readdirSync(join(src, folder))
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(join(src, folder, f), 'utf8').matchAll(/^import\s.*?from\s+'([^']+)'/gms)].map((m): [string, string] => [`${folder}/${f}`, m[1] ?? '']))

describe('layers', () => {
  it('rendering and the gate never import the transport', () => {
    const bad = [...importsOf('report'), ...importsOf('gate')].filter(([, from]) => from.startsWith('../github/') || from.startsWith('@actions/') || from.startsWith('@octokit/'))
    expect(bad).toEqual([])
  })

  it('the gate does no I/O', () => {
    const io = importsOf('gate').filter(([, from]) => /^node:(?!crypto$)/.test(from) || /^(?:undici|@actions|@octokit)/.test(from))
    expect(io).toEqual([])
  })

  it('the Action\'s run holds no gate decision of its own', () => {
    const run = readFileSync(join(src, 'github', 'run.ts'), 'utf8')
    // Which findings need sign-off, and what makes a run an error, are decided in src/gate/.
    expect(run).not.toMatch(/severityRank|\.suppressed|level === 'error'/)
  })
})
