import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { budgetMs, inThread } from '../files/budget.js'
import { evaluationDate, NO_MATERIAL_CHANGE } from '../notice/cli.js'
import { renderNotice } from '../notice/draft.js'
import { policyChangeReport } from '../github/policy-change.js'
import { DEFAULT_POLICY_PATH } from '../policy/load.js'
import { termsFileFilter, unmatchedGlobs } from '../policy/paths.js'
import type { Configuration } from '../policy/resolve.js'
import { translationDrift } from '../report/drift.js'
import { disambiguateIds, type FileReport } from '../report/model.js'
import { COMMON_OPTIONS, common, configure, emit, exitStatus, readTextFile, type CliIo } from './common.js'
import { UsageError } from './errors.js'
import { changedPaths, defaultBase, listFiles, patchOf, readAtRef, readChanged, repositoryRoot, resolveRef, workingFiles } from './git.js'
import { pathFilter } from './paths.js'
import { progress } from './progress.js'
import { CHECK_USAGE } from './usage.js'

/**
 * `tos-guard check`: what the Action would report for the change from --base to --head, under
 * the base version's policy — terms documents and policy-file changes alike.
 */
export function runCheck(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...COMMON_OPTIONS, base: { type: 'string' }, head: { type: 'string' }, config: { type: 'string' }, date: { type: 'string' }, notice: { type: 'boolean', default: false } },
  })
  if (values.help) {
    io.stdout(`${CHECK_USAGE}\n`)
    return 0
  }
  const options = common(values)
  const date = evaluationDate(values.date, io.today)
  const warn = (text: string): void => {
    if (!options.quiet) io.stderr(`tos-guard: warning: ${text}\n`)
  }
  const root = repositoryRoot(io.cwd)
  const base = values.base !== undefined ? resolveRef(root, values.base) : defaultBase(root)
  const head = values.head !== undefined ? resolveRef(root, values.head) : undefined
  // The policy in force is the one the change is proposed against: the base version's.
  let configuration: Configuration
  let policyPath = DEFAULT_POLICY_PATH
  if (values.config !== undefined) {
    const text = readTextFile(io.cwd, values.config)
    if (text === undefined) throw new UsageError(`cannot read ${values.config}: no such file`)
    configuration = configure(text, values.config, (path) => readTextFile(root, path))
    policyPath = resolve(io.cwd, values.config).slice(root.length + 1).split('\\').join('/')
  } else {
    configuration = configure(readAtRef(root, base, DEFAULT_POLICY_PATH), DEFAULT_POLICY_PATH, (path) => readAtRef(root, base, path))
  }
  const isTermsFile = termsFileFilter(configuration.policy)
  // The Action holds an edit to the policy or to a pack it names for sign-off: so does check.
  const policyFiles = new Set([policyPath, ...configuration.policy.packs])
  const baseFiles = listFiles(root, base)
  // A glob that matches nothing is a typo more often than not: say so rather than widen it.
  for (const glob of unmatchedGlobs(configuration.policy, baseFiles)) warn(`the policy's glob "${glob}" matches no file in the repository`)

  const repositoryFiles = [...new Set([...baseFiles, ...(head ? listFiles(root, head) : workingFiles(root))])]
  const reviewed = (path: string): boolean => isTermsFile(path) || policyFiles.has(path)
  const keep = pathFilter(root, io.cwd, positionals, repositoryFiles, reviewed, configuration.policy.paths.include.join(', ')) ?? (() => true)
  const selected = (path: string | undefined): boolean => path !== undefined && keep(path)

  const changed = changedPaths(root, base, head)
  const terms = changed.filter((c) => (isTermsFile(c.path) && selected(c.path)) || (c.previousPath !== undefined && isTermsFile(c.previousPath) && selected(c.previousPath)))
  const policyEdits = changed.filter((c) => (policyFiles.has(c.path) && selected(c.path)) || (c.previousPath !== undefined && policyFiles.has(c.previousPath) && selected(c.previousPath)))

  const readWorking = (path: string): Buffer | undefined => {
    try {
      return readFileSync(resolve(root, path))
    } catch {
      return undefined
    }
  }
  const files = readChanged(root, base, head, terms, readWorking)
  const reports: FileReport[] = []
  const shown = progress(io.stderrIsTty && !options.quiet, io.stderr, io.now ?? Date.now)
  const analyzer = io.analyzer ?? inThread
  const budget = budgetMs(options.timeBudget, configuration.policy['time-budget'])
  files.forEach((file, k) => {
    shown.step(k + 1, files.length, file.path)
    reports.push(analyzer.analyze(file, { configuration, today: io.today, notice: { date, ...(options.failOn ? { failOn: options.failOn } : {}) }, ...(options.language ? { language: options.language } : {}) }, budget))
  })
  shown.end()
  for (const edit of policyEdits) {
    const after = edit.status === 'removed' ? undefined : head ? readAtRef(root, head, edit.path) : readWorking(edit.path)?.toString('utf8')
    reports.push(policyChangeReport(edit.path, edit.status, patchOf(root, base, head, edit.path), after))
  }
  reports.sort((a, b) => a.path.localeCompare(b.path))
  disambiguateIds(reports)
  for (const r of reports) for (const n of r.notes.filter((x) => x.level === 'error')) io.stderr(`tos-guard: ${r.path}: ${n.message}\n`)
  if (!options.quiet) for (const note of translationDrift(reports, configuration.policy.versions, baseFiles)) io.stderr(`tos-guard: note: ${note}\n`)
  if (values.notice) io.stdout(renderNotice(reports) ?? NO_MATERIAL_CHANGE)
  else emit(reports, options, io)
  return exitStatus(reports, options.failOn ?? configuration.policy['fail-on'])
}
