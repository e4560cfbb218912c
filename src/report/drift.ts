import picomatch from 'picomatch'
import type { FileReport } from './model.js'

/*
 * Translation drift. Terms published in several languages are versions of one text, each binding
 * where it is published. A pull request that adds a licence or an AI-training purpose to the
 * English version and leaves the French one as it was makes the versions say different things:
 * reviewers should hear about the versions that still say the old thing. A change that touches
 * every version is reported once per version, as usual, with no note.
 */

const GLOB_CHARS = /[*?[\]{}()!]/

/** Whether a policy entry names one file rather than a pattern. */
function isLiteral(entry: string): boolean {
  return !GLOB_CHARS.test(entry)
}

const list = (paths: readonly string[]): string => paths.map((p) => `\`${p}\``).join(', ')

/**
 * Notes on groups of versions (policy `versions`) where some version gains findings and others
 * are not changed by the pull request. `files` are the reports of the changed terms documents;
 * `repositoryFiles`, when known, lets a glob group name its unchanged members.
 */
export function translationDrift(files: readonly FileReport[], groups: readonly (readonly string[])[], repositoryFiles: readonly string[] = []): string[] {
  const notes: string[] = []
  const changed = new Set(files.flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])]))
  for (const group of groups) {
    const matches = picomatch([...group], { dot: true })
    // Findings that need sign-off; a policy edit or a suppressed finding says nothing about the text.
    const gaining = files.filter((f) => matches(f.path) && f.findings.some((x) => !x.suppressed && x.category !== 'policy-change'))
    if (gaining.length === 0) continue
    const members = new Set<string>()
    for (const entry of group) if (isLiteral(entry)) members.add(entry)
    for (const path of repositoryFiles) if (matches(path)) members.add(path)
    const unchanged = [...members].filter((m) => !changed.has(m)).sort()
    const unnamedGlobs = group.filter((g) => !isLiteral(g) && !repositoryFiles.some((p) => picomatch(g, { dot: true })(p)))
    if (unchanged.length === 0 && unnamedGlobs.length === 0) continue
    const categories = [...new Set(gaining.flatMap((f) => f.findings.filter((x) => !x.suppressed && x.category !== 'policy-change').map((x) => x.category)))].sort()
    const still = unchanged.length > 0 ? list(unchanged) : `the other versions matching ${list(unnamedGlobs)}`
    notes.push(
      `Translation drift: this pull request adds findings (${categories.join(', ')}) to ${list(gaining.map((f) => f.path))}, ` +
        `but ${still} ${unchanged.length === 1 ? 'is' : 'are'} not changed and still say${unchanged.length === 1 ? 's' : ''} the old thing. ` +
        'Update every version of the text, or confirm that they are meant to differ.',
    )
  }
  return notes
}
