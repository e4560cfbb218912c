import type { Severity } from '../analysis/types.js'
import { analyzeChangedFile, type ChangedFile } from '../files/analyze-file.js'
import { termsFileFilter } from '../policy/paths.js'
import type { Configuration } from '../policy/resolve.js'
import { disambiguateIds, type FileReport } from '../report/model.js'
import type { Api } from './api.js'
import { fetchContents, type Content, type PullFile } from './files.js'
import { policyChangeReport } from './policy-change.js'
import type { PullInfo } from './pull.js'

/** Git stores a symbolic link as a blob holding its target path, one line, no newline. */
export function symlinkTarget(text: string): string | undefined {
  return text.length < 1024 && /^[^\s]+$/.test(text) && /\/|\.(?:md|markdown)$/i.test(text) ? text : undefined
}

/**
 * Analyses the terms documents a pull request changes, reading both versions through the API
 * (the merge base and the head): nothing from the pull request is checked out or run.
 */
export async function analyzePull(api: Api, owner: string, repo: string, pull: PullInfo, files: readonly PullFile[], config: Configuration, policyPath: string, log: (message: string) => void, today: string, failOn?: Severity): Promise<FileReport[]> {
  const isTerms = termsFileFilter(config.policy)
  const policyFiles = new Set([policyPath, ...config.policy.packs])
  const terms = files.filter((f) => isTerms(f.path) || (f.previousPath !== undefined && isTerms(f.previousPath)))
  const policyEdits = files.filter((f) => policyFiles.has(f.path) || (f.previousPath !== undefined && policyFiles.has(f.previousPath)))
  log(`${files.length} changed file(s), ${terms.length} terms document(s)${policyEdits.length > 0 ? `, ${policyEdits.length} policy file(s)` : ''}`)
  const requests = [
    ...terms.flatMap((f) => [
      ...(f.status !== 'added' ? [{ key: `base:${f.path}`, rev: pull.mergeBaseSha, path: f.previousPath ?? f.path }] : []),
      ...(f.status !== 'removed' ? [{ key: `head:${f.path}`, rev: pull.headSha, path: f.path }] : []),
    ]),
    ...policyEdits.filter((f) => f.status !== 'removed').map((f) => ({ key: `policy:${f.path}`, rev: pull.headSha, path: f.path })),
  ]
  const contents = requests.length > 0 ? await fetchContents(api, owner, repo, requests) : new Map<string, Content>()
  const reports: FileReport[] = []
  for (const f of terms) {
    const status = f.status === 'added' ? 'added' : f.status === 'removed' ? 'removed' : f.status === 'renamed' ? 'renamed' : 'modified'
    const changed: ChangedFile = { path: f.path, status, ...(f.previousPath ? { previousPath: f.previousPath } : {}) }
    const problems: string[] = []
    const side = (key: string, which: 'before' | 'after'): void => {
      const c = contents.get(key)
      if (!c || c.kind === 'missing') {
        problems.push(`the ${which === 'before' ? 'old' : 'new'} version could not be read`)
        return
      }
      if (c.kind === 'not-a-file') {
        problems.push(`the ${which === 'before' ? 'old' : 'new'} version is ${c.what}, not a file`)
        return
      }
      changed[which] = c.kind === 'text' ? c.text : c.bytes
    }
    if (status !== 'added') side(`base:${f.path}`, 'before')
    if (status !== 'removed') side(`head:${f.path}`, 'after')
    // Publishing duties (src/notice): evaluated as of the run's date, with the run's fail-on.
    const report = analyzeChangedFile(changed, { configuration: config, today, notice: { date: today, ...(failOn ? { failOn } : {}) } })
    report.notes.push(...problems.map((message) => ({ level: 'error' as const, message })))
    const link = typeof changed.after === 'string' ? symlinkTarget(changed.after) : undefined
    if (link) report.notes.push({ level: 'notice', message: `this looks like a symbolic link to ${link}: tos-guard reads the link, not its target; the target is reviewed where it lives, if it is a terms document` })
    reports.push(report)
  }
  for (const f of policyEdits) {
    const c = contents.get(`policy:${f.path}`)
    reports.push(policyChangeReport(f.path, f.status, f.patch, c?.kind === 'text' ? c.text : undefined))
  }
  disambiguateIds(reports)
  return reports
}

