import { spawnSync } from 'node:child_process'
import { copyFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { analyzeChangedFile, type ChangedFile } from '../src/files/analyze-file.js'
import { workerAnalyzer, type FileAnalyzer } from '../src/files/budget.js'
import { cleanTemp, termsRepo } from './helpers/cli.js'

/*
 * Issue 11, item 11: each file's analysis has a wall-clock budget. Parsing is synchronous and
 * cannot be interrupted in its own thread, so it runs in a worker thread that is stopped past the
 * budget; the file gets an error note (never green) and the other files are still analysed.
 * Tested with a worker that never returns on one file, and with the real worker and a tiny budget.
 */
const root = join(import.meta.dirname, '..')
const BEFORE = readFileSync(join(root, 'examples', 'acme-terms', 'before.md'), 'utf8')
const AFTER = readFileSync(join(root, 'examples', 'acme-terms', 'after.md'), 'utf8')
const SLOW_WORKER = join(root, '__tests__', 'fixtures', 'workers', 'slow-worker.mjs')
const REAL_WORKER = join(root, 'dist', 'worker.js')
const file = (path: string): ChangedFile => ({ path, status: 'modified', before: BEFORE, after: AFTER })

let analyzer: FileAnalyzer | undefined
afterEach(() => analyzer?.close())

describe('a per-file wall-clock budget', () => {
  it('stops an analysis that never returns, notes it as an error, and goes on with the next file', () => {
    analyzer = workerAnalyzer(SLOW_WORKER)
    const started = performance.now()
    const slow = analyzer.analyze(file('legal/slow.md'), {}, 300)
    expect(performance.now() - started).toBeLessThan(10_000)
    expect(slow).toMatchObject({ path: 'legal/slow.md', findings: [] })
    expect(slow.notes).toEqual([{ level: 'error', message: expect.stringMatching(/did not finish within 0\.3 s/) }])
    const next = analyzer.analyze(file('legal/privacy.md'), {}, 300)
    expect(next.notes).toEqual([{ level: 'notice', message: 'analysed legal/privacy.md' }])
  })

  it('the worker gives the findings, notes and line map of the analysis in this thread', () => {
    analyzer = workerAnalyzer(REAL_WORKER)
    const inWorker = analyzer.analyze(file('terms.md'), { today: '2026-12-01' }, 60_000)
    const here = analyzeChangedFile(file('terms.md'), { today: '2026-12-01' })
    expect(inWorker.findings.length).toBeGreaterThan(0)
    expect({ ...inWorker, nearestAfterLine: undefined }).toEqual({ ...here, nearestAfterLine: undefined })
    expect([1, 20, 40].map((l) => inWorker.nearestAfterLine?.(l))).toEqual([1, 20, 40].map((l) => here.nearestAfterLine?.(l)))
  })

  it('a budget too small for the real analysis', () => {
    analyzer = workerAnalyzer(REAL_WORKER)
    const report = analyzer.analyze(file('terms.md'), {}, 1)
    expect(report.findings).toEqual([])
    expect(report.notes).toEqual([{ level: 'error', message: expect.stringMatching(/did not finish within 0\.001 s/) }])
  })

  it('a missing worker is an error note, never an analysis without a budget', () => {
    analyzer = workerAnalyzer(join(root, 'dist', 'no-such-worker.js'))
    expect(analyzer.analyze(file('terms.md'), {}, 1000).notes).toEqual([{ level: 'error', message: expect.stringMatching(/worker .*no-such-worker\.js.* missing/) }])
  })
})

describe('the command line (bundled) keeps the budget', () => {
  const cli = (args: string[], cwd = root): { status: number | null; stderr: string; stdout: string } => {
    const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8' })
    return { status: r.status, stderr: r.stderr, stdout: r.stdout }
  }
  const example = (side: string): string => join(root, 'examples', 'acme-terms', `${side}.md`)

  it('diff --time-budget: past it, exit status 2 and why', () => {
    const r = cli(['diff', example('before'), example('after'), '--time-budget', '0.001'])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/did not finish within 0\.001 s/)
    expect(cli(['diff', example('before'), example('after'), '--time-budget', 'soon']).stderr).toMatch(/--time-budget/)
    expect(cli(['diff', example('before'), example('after')]).status).toBe(1)
  })

  it('check, with the policy\'s time-budget: the file is an error, never "no findings"', () => {
    const dir = termsRepo('paths:\n  include: ["legal/**/*.md"]\ntime-budget: 0.001\n')
    copyFileSync(example('after'), join(dir, 'legal', 'terms.md'))
    const r = cli(['check', '--format', 'json'], dir)
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/legal\/terms\.md: the analysis did not finish within 0\.001 s/)
    cleanTemp()
  })
})
