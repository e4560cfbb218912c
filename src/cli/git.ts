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

/** One changed path between two revisions (or a revision and the working tree). */
export interface ChangedPath {
  status: 'added' | 'modified' | 'renamed' | 'removed'
  path: string
  previousPath?: string
}

/**
 * Every path that differs between `base` and `head` (a commit, or the working tree, untracked
 * files included, when head is undefined), renames followed.
 */
export function changedPaths(root: string, base: string, head: string | undefined): ChangedPath[] {
  const args = ['diff', '--name-status', '-z', '-M', '--no-ext-diff', base, ...(head ? [head] : []), '--']
  const parts = (git(root, args)?.toString('utf8') ?? '').split('\0').filter((p) => p.length > 0)
  const out: ChangedPath[] = []
  for (let k = 0; k < parts.length; ) {
    const letter = (parts[k++] ?? '')[0]
    if (letter === 'R' || letter === 'C') {
      const from = parts[k++] ?? ''
      const to = parts[k++] ?? ''
      // A copy is a new file as far as the base is concerned: its source still stands.
      out.push(letter === 'R' ? { status: 'renamed', path: to, previousPath: from } : { status: 'added', path: to, previousPath: from })
      continue
    }
    const path = parts[k++] ?? ''
    out.push({ status: letter === 'A' ? 'added' : letter === 'D' ? 'removed' : 'modified', path })
  }
  if (!head) {
    const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '-z'])?.toString('utf8') ?? ''
    for (const path of untracked.split('\0')) if (path) out.push({ status: 'added', path })
  }
  return out.sort((a, b) => a.path.localeCompare(b.path))
}

/** Files of the working tree git would commit: tracked and untracked-but-not-ignored. */
export function workingFiles(root: string): string[] {
  return (git(root, ['ls-files', '--cached', '--others', '--exclude-standard', '-z'])?.toString('utf8') ?? '').split('\0').filter(Boolean)
}

/** The zero-context patch of one path, for the lines a policy-change finding points at. */
export function patchOf(root: string, base: string, head: string | undefined, path: string): string | undefined {
  return git(root, ['diff', '-U0', '--no-ext-diff', base, ...(head ? [head] : []), '--', path], true)?.toString('utf8')
}

/** Reads both versions of the changed paths `keep` selects. */
export function readChanged(
  root: string,
  base: string,
  head: string | undefined,
  changed: readonly ChangedPath[],
  readWorking: (path: string) => Buffer | undefined,
): ChangedFile[] {
  return changed.map((c) => {
    const file: ChangedFile = { path: c.path, status: c.status, ...(c.previousPath !== undefined ? { previousPath: c.previousPath } : {}) }
    if (c.status === 'modified' || c.status === 'renamed' || c.status === 'removed') {
      const before = show(root, base, c.previousPath ?? c.path)
      if (before) file.before = before
    }
    if (c.status !== 'removed') {
      const after = head ? show(root, head, c.path) : readWorking(c.path)
      if (after) file.after = after
    }
    return file
  })
}
