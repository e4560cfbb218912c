import type { Severity } from '../analysis/types.js'
import type { ChangedFile } from '../files/analyze-file.js'
import { inThread, type FileAnalyzer } from '../files/budget.js'
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

const isWorkflow = (path: string): boolean => /^\.github\/workflows\/[^/]+\.ya?ml$/i.test(path)
/** A step that uses tos-guard (any owner's copy or fork of the action named tos-guard). */
const TOS_GUARD_STEP = /uses:\s*['"]?[^\s'"]*tos-guard[^\s'"]*@/i

/** The workflow file of this run, from GITHUB_WORKFLOW_REF ("owner/repo/.github/workflows/x.yml@ref"), when it is this repository's. */
export function runningWorkflowPath(workflowRef: string | undefined, owner: string, repo: string): string | undefined {
  const prefix = `${owner}/${repo}/`.toLowerCase()
  if (!workflowRef || !workflowRef.toLowerCase().startsWith(prefix)) return undefined
  const path = workflowRef.slice(prefix.length).replace(/@[^@]*$/, '')
  return isWorkflow(path) ? path : undefined
}

/**
 * Analyses the terms documents a pull request changes, reading both versions through the API
 * (the merge base and the head): nothing from the pull request is checked out or run.
 */
export async function analyzePull(
  api: Api,
  owner: string,
  repo: string,
  pull: PullInfo,
  files: readonly PullFile[],
  config: Configuration,
  policyPath: string,
  log: (message: string) => void,
  today: string,
  workflowPath?: string,
  failOn?: Severity,
  analyzer: { use: FileAnalyzer; ms: number } = { use: inThread, ms: 0 },
): Promise<FileReport[]> {
  const isTerms = termsFileFilter(config.policy)
  const policyFiles = new Set([policyPath, ...config.policy.packs, ...(workflowPath ? [workflowPath] : [])])
  const terms = files.filter((f) => isTerms(f.path) || (f.previousPath !== undefined && isTerms(f.previousPath)))
  const named = files.filter((f) => policyFiles.has(f.path) || (f.previousPath !== undefined && policyFiles.has(f.previousPath)))
  // Other workflows may run tos-guard too; their inputs override the policy after merge. Whether
  // one does is read from its content at both versions (below).
  const workflows = files.filter((f) => !named.includes(f) && isWorkflow(f.path))
  log(`${files.length} changed file(s), ${terms.length} terms document(s)${named.length > 0 ? `, ${named.length} policy file(s)` : ''}`)
  const requests = [
    ...terms.flatMap((f) => [
      ...(f.status !== 'added' ? [{ key: `base:${f.path}`, rev: pull.mergeBaseSha, path: f.previousPath ?? f.path }] : []),
      ...(f.status !== 'removed' ? [{ key: `head:${f.path}`, rev: pull.headSha, path: f.path }] : []),
    ]),
    ...named.filter((f) => f.status !== 'removed').map((f) => ({ key: `policy:${f.path}`, rev: pull.headSha, path: f.path })),
    ...workflows.flatMap((f) => [
      ...(f.status !== 'removed' ? [{ key: `policy:${f.path}`, rev: pull.headSha, path: f.path }] : []),
      ...(f.status !== 'added' ? [{ key: `workflow-base:${f.path}`, rev: pull.mergeBaseSha, path: f.previousPath ?? f.path }] : []),
    ]),
  ]
  const contents = requests.length > 0 ? await fetchContents(api, owner, repo, requests) : new Map<string, Content>()
  const usesTosGuard = (key: string): boolean => {
    const c = contents.get(key)
    return c?.kind === 'text' && TOS_GUARD_STEP.test(c.text)
  }
  const policyEdits = [...named, ...workflows.filter((f) => usesTosGuard(`policy:${f.path}`) || usesTosGuard(`workflow-base:${f.path}`))]
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
    const report = analyzer.use.analyze(changed, { configuration: config, today, notice: { date: today, ...(failOn ? { failOn } : {}) } }, analyzer.ms)
    report.notes.push(...problems.map((message) => ({ level: 'error' as const, message })))
    const link = typeof changed.after === 'string' ? symlinkTarget(changed.after) : undefined
    // The content API does not say whether a blob is a link; a document that is nothing but a
    // path is not reviewable either way, so it holds the gate rather than passing with a notice.
    if (link) report.notes.push({ level: 'error', message: `this looks like a symbolic link to ${link}: tos-guard reads the link, not its target, so it cannot review what the published document says; replace the link with the document, or exclude the path in the policy` })
    reports.push(report)
  }
  for (const f of policyEdits) {
    const c = contents.get(`policy:${f.path}`)
    reports.push(policyChangeReport(f.path, f.status, f.patch, c?.kind === 'text' ? c.text : undefined))
  }
  disambiguateIds(reports)
  return reports
}

