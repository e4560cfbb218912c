import picomatch from 'picomatch'
import { DEFAULT_INCLUDE, type Policy } from './schema.js'

/** Whether a repository path is a terms document under the policy's include and exclude globs. */
export function termsFileFilter(policy: Policy): (path: string) => boolean {
  const include = picomatch(policy.paths.include, { dot: true })
  const exclude = policy.paths.exclude.length > 0 ? picomatch(policy.paths.exclude, { dot: true }) : () => false
  return (path) => include(path) && !exclude(path)
}

/** The include and exclude globs that match no file of the repository: likely mistakes. */
export function unmatchedGlobs(policy: Policy, files: readonly string[]): string[] {
  // The defaults cover both Markdown extensions; a repository rarely uses both.
  const written = [...policy.paths.include, ...policy.paths.exclude].filter((g) => !DEFAULT_INCLUDE.includes(g))
  return written.filter((glob) => {
    const match = picomatch(glob, { dot: true })
    return !files.some((f) => match(f))
  })
}

/** The language the policy sets for a document (its first matching `languages` entry), if any. */
export function policyLanguage(policy: Policy, path: string): string | undefined {
  for (const entry of policy.languages) if (picomatch(entry.pattern, { dot: true })(path)) return entry.language
  return undefined
}
