import { spawnSync } from 'node:child_process'
import type { ChangedFile } from '../files/analyze-file.js'

/** A git failure with the one line a user needs. */
export class GitError extends Error {}

function git(cwd: string, args: readonly string[], allowFailure = false): Buffer | undefined {
  const r = spawnSync('git', args, { cwd, maxBuffer: 1 << 30, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } })
  if (r.error) throw new GitError(`cannot run git: ${r.error.message}`)
  if (r.status !== 0) {
    if (allowFailure) return undefined
    const message = r.stderr.toString('utf8').trim().split('\n').pop() ?? `git ${args[0] ?? ''} failed`
    throw new GitError(message.replace(/^fatal: /, ''))
  }
  return r.stdout
}

export function repositoryRoot(cwd: string): string {
  const out = git(cwd, ['rev-parse', '--show-toplevel'], true)
  if (!out) throw new GitError('not inside a git repository (tos-guard check compares git revisions; use tos-guard diff for two files)')
  return out.toString('utf8').trim()
}

export function resolveRef(root: string, ref: string): string {
  const out = git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], true)
  if (!out) throw new GitError(`unknown revision '${ref}'`)
  return out.toString('utf8').trim()
}

/** The merge base of HEAD with the default branch (origin/HEAD, origin/main, main, master …). */
export function defaultBase(root: string): string {
  const candidates: string[] = []
  const originHead = git(root, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], true)
  if (originHead) candidates.push(originHead.toString('utf8').trim())
  candidates.push('origin/main', 'origin/master', 'main', 'master')
  for (const ref of candidates) {
    if (!git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], true)) continue
    const base = git(root, ['merge-base', 'HEAD', ref], true)
    if (base) return base.toString('utf8').trim()
  }
  throw new GitError('cannot find the default branch to compare with (no origin/HEAD, main or master); pass --base REF')
}

const MARKDOWN = /\.(?:md|markdown)$/i

function underAny(path: string, filters: readonly string[]): boolean {
  if (filters.length === 0) return true
  return filters.some((f) => {
    const clean = f.replace(/^\.\//, '').replace(/\/+$/, '')
    return clean === '' || clean === '.' || path === clean || path.startsWith(`${clean}/`)
  })
}

function show(root: string, rev: string, path: string): Buffer | undefined {
  return git(root, ['show', `${rev}:${path}`], true)
}

/** Every file path of a commit's tree. */
export function listFiles(root: string, rev: string): string[] {
  return (git(root, ['ls-tree', '-r', '-z', '--name-only', rev])?.toString('utf8') ?? '').split('\0').filter(Boolean)
}

/** A file's text at a commit, or undefined when it does not exist there. */
export function readAtRef(root: string, rev: string, path: string): string | undefined {
  return show(root, rev, path)?.toString('utf8')
}

/**
 * The Markdown files that differ between `base` and `head` (a commit, or the working tree when
 * head is undefined), with their contents on both sides.
 */
export function changedMarkdownFiles(
  root: string,
  base: string,
  head: string | undefined,
  filters: readonly string[],
  readWorking: (path: string) => Buffer | undefined,
  isTermsFile: (path: string) => boolean = (path) => MARKDOWN.test(path),
): ChangedFile[] {
  const args = ['diff', '--name-status', '-z', '-M', '--no-ext-diff', base, ...(head ? [head] : []), '--']
  const out = git(root, args)?.toString('utf8') ?? ''
  const parts = out.split('\0').filter((p) => p.length > 0)
  const files: ChangedFile[] = []
  for (let k = 0; k < parts.length; ) {
    const code = parts[k++] ?? ''
    const letter = code[0]
    if (letter === 'R' || letter === 'C') {
      const from = parts[k++] ?? ''
      const to = parts[k++] ?? ''
      if (!isTermsFile(to) && !isTermsFile(from)) continue
      if (!underAny(to, filters) && !underAny(from, filters)) continue
      const file: ChangedFile = { path: to, previousPath: from, status: letter === 'R' ? 'renamed' : 'added' }
      if (letter === 'R') {
        const before = show(root, base, from)
        if (before) file.before = before
      }
      const after = head ? show(root, head, to) : readWorking(to)
      if (after) file.after = after
      files.push(file)
      continue
    }
    const path = parts[k++] ?? ''
    if (!isTermsFile(path) || !underAny(path, filters)) continue
    const status = letter === 'A' ? 'added' : letter === 'D' ? 'removed' : 'modified'
    const file: ChangedFile = { path, status }
    if (status !== 'added') {
      const before = show(root, base, path)
      if (before) file.before = before
    }
    if (status !== 'removed') {
      const after = head ? show(root, head, path) : readWorking(path)
      if (after) file.after = after
    }
    files.push(file)
  }
  if (!head) {
    // New files not yet added to git are part of the working tree's change too.
    const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '-z'])?.toString('utf8') ?? ''
    for (const path of untracked.split('\0')) {
      if (!path || !isTermsFile(path) || !underAny(path, filters)) continue
      const after = readWorking(path)
      files.push({ path, status: 'added', ...(after ? { after } : {}) })
    }
  }
  return files.sort((a, b) => a.path.localeCompare(b.path))
}
