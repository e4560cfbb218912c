import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'
import type { FakeGitHubServer } from './fake-github/server.js'
import type { FakeGitHub } from './fake-github/state.js'

const require = createRequire(import.meta.url)
const root = join(import.meta.dirname, '..', '..')

interface WebhookDefinition {
  name: string
  examples: Array<Record<string, unknown>>
}
const examples = require('@octokit/webhooks-examples') as WebhookDefinition[]

/** A real webhook payload of GitHub's (from @octokit/webhooks-examples), pointed at the fake repository. */
export function payload(event: string, action: string | undefined, overrides: (p: Record<string, unknown>) => void): Record<string, unknown> {
  const found = examples.find((e) => e.name === event)?.examples.find((x) => action === undefined || x.action === action)
  if (!found) throw new Error(`no example payload for ${event}.${action ?? ''}`)
  const p = structuredClone(found)
  const repository = (p.repository ?? {}) as Record<string, unknown>
  p.repository = { ...repository, name: 'terms', full_name: 'acme/terms', owner: { ...(repository.owner as object), login: 'acme' } }
  overrides(p)
  return p
}

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  millis: number
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^(.+?)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(re)) out[m[1] ?? ''] = m[3] ?? ''
  return out
}

/**
 * How one run of the Action is carried out.
 * - `bundle`: dist/index.js in a child process, exactly as the runner starts it.
 * - `in-process`: the same entry point (src/main.ts `run()`) called in this test worker, with the
 *   child's environment, its GITHUB_OUTPUT and job-summary files, stdout/stderr captured and the
 *   exit code read from `process.exitCode`. A quarter of a spawn's time or less (no 4 MB bundle
 *   to load and compile, warm code), so most runs take this path.
 */
export type ActionRunner = 'bundle' | 'in-process'

export interface RunOptions {
  /** Force how this run is carried out (default: see `runBundledAction`). */
  runner?: ActionRunner
}

/** Test files (by path) that have already run the bundle once. */
const bundledFiles = new Set<string>()

function chooseRunner(requested: ActionRunner | undefined): ActionRunner {
  // TOS_GUARD_TEST_ACTION=bundle runs every test against dist/ (a full end-to-end pass);
  // =in-process runs none (quick iteration on src/ without rebuilding dist/).
  const forced = process.env.TOS_GUARD_TEST_ACTION
  const file = expect.getState().testPath ?? ''
  const runner = forced === 'bundle' || forced === 'in-process' ? forced : (requested ?? (bundledFiles.has(file) ? 'in-process' : 'bundle'))
  if (runner === 'bundle') bundledFiles.add(file)
  return runner
}

/**
 * Runs the Action as the runner does: INPUT_* variables, an event payload file, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, and GITHUB_API_URL pointing at the fake GitHub.
 *
 * The first run of each test file spawns the bundled Action (dist/index.js), so that every file
 * covers what ships end to end; the file's later runs call the same entry point in-process
 * (`ActionRunner`). `options.runner` or TOS_GUARD_TEST_ACTION overrides the choice.
 */
export async function runBundledAction(server: FakeGitHubServer, event: string, body: Record<string, unknown>, inputs: Record<string, string> = {}, extraEnv: Record<string, string> = {}, options: RunOptions = {}): Promise<ActionRun> {
  const runner = chooseRunner(options.runner)
  const dir = mkdtempSync(join(tmpdir(), 'tos-guard-action-'))
  try {
    const eventPath = join(dir, 'event.json')
    const outputPath = join(dir, 'output')
    const summaryPath = join(dir, 'summary.md')
    writeFileSync(eventPath, JSON.stringify(body))
    writeFileSync(outputPath, '')
    writeFileSync(summaryPath, '')
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/terms',
      GITHUB_API_URL: server.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_SHA: '0000000000000000000000000000000000000000',
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      RUNNER_TEMP: dir,
      TOS_GUARD_RETRY_BASE_MS: '10',
      TOS_GUARD_WRITE_INTERVAL_MS: '20',
      'INPUT_TOKEN': 'write-token',
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
      ...extraEnv,
    }
    const started = performance.now()
    const { code, stdout, stderr } = runner === 'bundle' ? await spawnBundle(env) : await runInProcess(env)
    return { code, stdout, stderr, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8'), millis: performance.now() - started }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

interface ProcessResult {
  code: number | null
  stdout: string
  stderr: string
}

async function spawnBundle(env: Record<string, string>): Promise<ProcessResult> {
  const child = spawn(process.execPath, [join(root, 'dist', 'index.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return { code, stdout, stderr }
}

type Write = typeof process.stdout.write

/** A stream write that appends to a string instead (and calls back, as a write does). */
function capture(append: (text: string) => void): Write {
  return ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString())
    const callback = rest.find((x): x is () => void => typeof x === 'function')
    callback?.()
    return true
  }) as Write
}

/**
 * src/main.ts `run()` in this worker, as if it were a fresh process: its own process.env (only
 * the child's variables), a clean exit code, stdout/stderr captured, and @actions/core's job
 * summary forgetting the file and text of an earlier run. Tests of a file run one at a time, so
 * nothing else runs while the process state is swapped; all of it is restored afterwards.
 */
async function runInProcess(env: Record<string, string>): Promise<ProcessResult> {
  const [{ run }, core] = await Promise.all([import('../../src/main.js'), import('@actions/core')])
  const saved = { env: process.env, exitCode: process.exitCode, stdout: process.stdout.write, stderr: process.stderr.write }
  let stdout = ''
  let stderr = ''
  core.summary.emptyBuffer()
  ;(core.summary as unknown as { _filePath?: string })._filePath = undefined
  process.env = { ...env }
  process.exitCode = undefined
  process.stdout.write = capture((text) => (stdout += text))
  process.stderr.write = capture((text) => (stderr += text))
  try {
    await run()
    return { code: process.exitCode === undefined || process.exitCode === null ? 0 : Number(process.exitCode), stdout, stderr }
  } finally {
    process.env = saved.env
    process.exitCode = saved.exitCode
    process.stdout.write = saved.stdout
    process.stderr.write = saved.stderr
  }
}

/** A pull_request_target "synchronize"-style payload for a fake pull request. */
export function pullPayload(server: FakeGitHubServer, number: number, action = 'opened'): Record<string, unknown> {
  const pull = server.gh.pull(number)
  return payload('pull_request', action === 'synchronize' ? 'synchronize' : 'opened', (p) => {
    p.action = action
    p.number = number
    const pr = p.pull_request as Record<string, unknown>
    pr.number = number
    pr.head = { ...(pr.head as object), sha: pull.headSha }
    pr.base = { ...(pr.base as object), sha: pull.baseSha, ref: 'main' }
  })
}

/** A pull_request_review payload: someone submitted (or dismissed) a review. */
export function reviewPayload(server: FakeGitHubServer, number: number, reviewer: string, state: string, action = 'submitted'): Record<string, unknown> {
  const pull = server.gh.pull(number)
  return payload('pull_request_review', action, (p) => {
    p.action = action
    const pr = p.pull_request as Record<string, unknown>
    pr.number = number
    pr.head = { ...(pr.head as object), sha: pull.headSha }
    p.review = { ...(p.review as object), state: state.toLowerCase(), user: { login: reviewer } }
  })
}

/** An issue_comment payload on a pull request. */
export function commentPayload(server: FakeGitHubServer, number: number, author: string, body: string, action = 'created', previous?: string): Record<string, unknown> {
  return payload('issue_comment', 'created', (p) => {
    p.action = action
    p.issue = { ...(p.issue as object), number, pull_request: { url: `https://api.github.com/repos/acme/terms/pulls/${number}` } }
    p.comment = { ...(p.comment as object), body, user: { login: author } }
    if (previous !== undefined) p.changes = { body: { from: previous } }
    void server
  })
}

/** A merge_group payload for a queue branch holding the given pull requests. */
export function mergeGroupPayload(headSha: string, baseSha: string, numbers: number[]): Record<string, unknown> {
  return payload('merge_group', 'checks_requested', (p) => {
    p.merge_group = {
      ...(p.merge_group as object),
      head_sha: headSha,
      base_sha: baseSha,
      head_ref: `refs/heads/gh-readonly-queue/main/${numbers.map((n) => `pr-${n}-${'a'.repeat(40)}`).join('/')}`,
    }
  })
}

/** Opens a pull request that adds "perpetual, sublicensable" to the licence of `files` documents. */
export function pullChangingDocuments(gh: FakeGitHub, files: number): number {
  const before: Record<string, string> = {}
  const after: Record<string, string> = {}
  for (let i = 0; i < files; i++) {
    before[`legal/doc-${i}.md`] = `# Document ${i}\n\nYou grant us a license to host your posts to run the service.\n`
    after[`legal/doc-${i}.md`] = `# Document ${i}\n\nYou grant us a perpetual, sublicensable license to host your posts to run the service.\n`
  }
  const base = gh.commit(before)
  return gh.openPull({ base, head: gh.commit(after, base) }).number
}
