import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli, type CliIo } from '../../src/cli/run.js'

export const root = join(import.meta.dirname, '..', '..')
export const example = (side: string): string => join(root, 'examples', 'acme-terms', `${side}.md`)

export interface CliRun {
  status: number
  stdout: string
  stderr: string
}

/** Runs the CLI in-process with captured streams; `io` overrides the defaults (no TTY, no stdin). */
export function runIn(args: string[], cwd = root, io: Partial<CliIo> = {}): CliRun {
  let stdout = ''
  let stderr = ''
  const status = runCli(args, {
    cwd,
    env: {},
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdoutIsTty: false,
    stderrIsTty: false,
    today: '2026-11-28',
    ...io,
  })
  return { status, stdout, stderr }
}

const temp: string[] = []
export function cleanTemp(): void {
  for (const dir of temp.splice(0)) rmSync(dir, { recursive: true, force: true })
}
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tos-guard-cli-'))
  temp.push(dir)
  return dir
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e.test', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
}

/** A repository on `main` with terms in legal/, a README and a policy, checked out on a branch. */
export function termsRepo(policy = 'paths:\n  include: ["legal/**/*.md"]\n'): string {
  const dir = tempDir()
  git(dir, 'init', '-q', '-b', 'main')
  execFileSync('mkdir', ['-p', join(dir, 'legal'), join(dir, '.github')])
  cpSync(example('before'), join(dir, 'legal', 'terms.md'))
  writeFileSync(join(dir, 'README.md'), '# Project\n\nWe may use your messages to train our AI models.\n')
  writeFileSync(join(dir, '.github', 'tos-guard.yml'), policy)
  git(dir, 'add', '.')
  git(dir, 'commit', '-q', '-m', 'base')
  git(dir, 'checkout', '-q', '-b', 'change')
  return dir
}
