import { existsSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import picomatch from 'picomatch'
import { UsageError } from './errors.js'

/** A PATH or GLOB given to `check`, as a repository-relative matcher. */
interface PathArg {
  given: string
  matches: (path: string) => boolean
  exists: boolean
}

const GLOB = /[*?[\]{}!]/

function toRepoPath(root: string, cwd: string, given: string): string {
  return relative(root, resolve(cwd, given)).split('\\').join('/')
}

/**
 * Turns `check`'s PATH and GLOB arguments into one filter, refusing any that match no file of
 * the repository (at either revision) or no terms document: a typo must not read as "no findings".
 * Returns undefined when no argument was given (every file).
 */
export function pathFilter(
  root: string,
  cwd: string,
  given: readonly string[],
  repositoryFiles: readonly string[],
  isTermsFile: (path: string) => boolean,
  describeTerms: string,
): ((path: string) => boolean) | undefined {
  if (given.length === 0) return undefined
  const args: PathArg[] = given.map((g) => {
    const path = toRepoPath(root, cwd, g)
    if (GLOB.test(g)) {
      const match = picomatch(path, { dot: true })
      // Wrapped: picomatch's matcher takes a second argument that Array#filter would fill.
      return { given: g, matches: (p: string) => match(p), exists: true }
    }
    const prefix = path.replace(/\/+$/, '')
    const matches = (p: string): boolean => prefix === '' || p === prefix || p.startsWith(`${prefix}/`)
    return { given: g, matches, exists: existsSync(resolve(cwd, g)) }
  })
  for (const arg of args) {
    const files = repositoryFiles.filter(arg.matches)
    if (files.length === 0) {
      throw new UsageError(`${arg.given} matches no file${arg.exists || GLOB.test(arg.given) ? '' : ' (no such file or folder)'}`)
    }
    if (!files.some(isTermsFile)) {
      throw new UsageError(`${arg.given} ${files.length === 1 && files[0] === toRepoPath(root, cwd, arg.given) ? 'is not a terms document' : 'holds no terms document'} under the policy's paths (${describeTerms})`)
    }
  }
  return (path) => args.some((a) => a.matches(path))
}
