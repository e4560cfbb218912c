import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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
 * Runs the bundled Action (dist/index.js) as the runner does: a child process with INPUT_*
 * variables, an event payload file, and GITHUB_API_URL pointing at the fake GitHub.
 */
export async function runBundledAction(server: FakeGitHubServer, event: string, body: Record<string, unknown>, inputs: Record<string, string> = {}, extraEnv: Record<string, string> = {}): Promise<ActionRun> {
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
    const child = spawn(process.execPath, [join(root, 'dist', 'index.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    return { code, stdout, stderr, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8'), millis: performance.now() - started }
  } finally {
    rmSync(dir, { recursive: true, force: true })
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
