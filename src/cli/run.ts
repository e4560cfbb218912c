import { readFileSync, statSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { SEVERITIES, severityRank, type Severity } from '../analysis/types.js'
import { analyzeChangedFile, type ChangedFile } from '../files/analyze-file.js'
import { translationDrift } from '../report/drift.js'
import { DEFAULT_POLICY_PATH } from '../policy/load.js'
import { termsFileFilter, unmatchedGlobs } from '../policy/paths.js'
import { resolveConfiguration, type Configuration } from '../policy/resolve.js'
import { formatConfigError } from '../policy/yaml-errors.js'
import { renderJson } from '../report/json.js'
import { renderMarkdown } from '../report/markdown.js'
import { disambiguateIds, type FileReport } from '../report/model.js'
import { renderSarif } from '../report/sarif.js'
import { renderText } from '../report/text.js'
import { VERSION } from '../version.js'
import { changedMarkdownFiles, defaultBase, GitError, listFiles, readAtRef, repositoryRoot, resolveRef } from './git.js'
import { runInit } from './init.js'
import { evaluationDate, NO_MATERIAL_CHANGE, NOTICE_USAGE, runNotice } from '../notice/cli.js'
import { renderNotice } from '../notice/draft.js'

/** Where the CLI reads and writes: injected so tests run it in-process. */
export interface CliIo {
  cwd: string
  env: Record<string, string | undefined>
  stdout: (text: string) => void
  stderr: (text: string) => void
  stdoutIsTty: boolean
  stderrIsTty: boolean
  /** Today as YYYY-MM-DD (for the expiry of accepted findings). */
  today: string
}

/** A problem with the command line or its input: one line on stderr, exit status 2. */
export class UsageError extends Error {}

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const
type Format = (typeof FORMATS)[number]

export const USAGE = `Usage:
  tos-guard diff BEFORE.md AFTER.md [--format text|json|sarif|markdown] [--fail-on SEVERITY] [--config FILE] [--language CODE] [--date YYYY-MM-DD]
  tos-guard check [--base REF] [--head REF] [PATH...] [--format …] [--fail-on SEVERITY] [--config FILE] [--language CODE] [--date YYYY-MM-DD] [--notice]
${NOTICE_USAGE}
  tos-guard init [--force]
  tos-guard --version | --help

Reports what a change to a terms document adds to the rights the company takes over users'
content: broader licence grants, AI-training purposes, removed protections, widened definitions.

  diff     compare two Markdown files; findings point at AFTER's lines (or BEFORE's for
           removed protections)
  check    in a git checkout: compare the changed .md/.markdown files between --base
           (default: the merge base with the default branch) and --head (default: the
           working tree, including untracked files); PATHs limit the files or folders
  notice   draft the notice to users, "What's changing in our Terms", for a change (Markdown
           on stdout; --lang picks its language, --url where the terms are published)
  init     write a commented starter policy (.github/tos-guard.yml) and the recommended
           workflow (.github/workflows/tos-guard.yml); --force overwrites them

Options:
  --format    text (default), json, sarif or markdown
  --fail-on   exit 1 when a finding is at or above this severity: low, medium, high,
              critical (default: the policy's fail-on, else low)
  --config    the policy file (default for check: .github/tos-guard.yml as of --base;
              diff uses none unless given)
  --language  the documents' language as an ISO 639-1 code (en, fr, de, es, or one a
              policy pack adds); default: the policy's \`languages\`, else detected per document
  --date      the evaluation date for the notice period (default: today)
  --notice    check: print the draft notice to users instead of the findings
Exit status: 0 no finding at or above --fail-on, 1 findings, 2 usage or input error.`

interface Common {
  format: Format
  failOn?: Severity
  language?: string
}

function common(values: { format?: string | undefined; 'fail-on'?: string | undefined; language?: string | undefined }): Common {
  const format = (values.format ?? 'text') as Format
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format '${values.format ?? ''}' (expected ${FORMATS.join(', ')})`)
  const failOn = values['fail-on'] as Severity | undefined
  if (failOn !== undefined && !SEVERITIES.includes(failOn)) throw new UsageError(`unknown --fail-on '${values['fail-on'] ?? ''}' (expected ${SEVERITIES.join(', ')})`)
  const language = values.language
  if (language !== undefined && !/^[a-z]{2}$/.test(language)) throw new UsageError(`unknown --language '${language}' (expected a two-letter ISO 639-1 code such as fr)`)
  return { format, ...(failOn ? { failOn } : {}), ...(language ? { language } : {}) }
}

/** A configuration problem: its line-numbered errors, and exit status 2. */
export class ConfigurationError extends Error {
  constructor(readonly lines: string[]) {
    super(lines[0] ?? 'configuration error')
  }
}

function configure(policyText: string | undefined, policyFile: string, read: (path: string) => string | undefined): Configuration {
  const parsed = resolveConfiguration(policyText, policyFile, read)
  if (!parsed.ok) throw new ConfigurationError(parsed.errors.map(formatConfigError))
  return parsed.value
}

function readTextFile(cwd: string, path: string): string | undefined {
  try {
    return readFileSync(resolve(cwd, path), 'utf8')
  } catch {
    return undefined
  }
}

function readInput(cwd: string, path: string): Buffer {
  const full = resolve(cwd, path)
  let stat
  try {
    stat = statSync(full)
  } catch {
    throw new UsageError(`cannot read ${path}: no such file`)
  }
  if (stat.isDirectory()) throw new UsageError(`cannot read ${path}: it is a directory`)
  try {
    return readFileSync(full)
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'read error'}`)
  }
}

function render(files: readonly FileReport[], format: Format, io: CliIo): string {
  switch (format) {
    case 'json':
      return renderJson(files)
    case 'sarif':
      return renderSarif(files)
    case 'markdown':
      return renderMarkdown(files)
    default: {
      const color = io.stdoutIsTty && !io.env.NO_COLOR && io.env.TERM !== 'dumb'
      return renderText(files, { color: color || Boolean(io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') })
    }
  }
}

function exitStatus(files: readonly FileReport[], failOn: Severity): number {
  if (files.some((f) => f.notes.some((n) => n.level === 'error'))) return 2
  const threshold = severityRank(failOn)
  return files.some((f) => f.findings.some((x) => !x.suppressed && severityRank(x.severity) >= threshold)) ? 1 : 0
}

function runDiff(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, 'fail-on': { type: 'string' }, config: { type: 'string' }, language: { type: 'string' }, date: { type: 'string' } },
  })
  const options = common(values)
  const date = evaluationDate(values.date, io.today)
  if (positionals.length !== 2) throw new UsageError(`diff needs two files, BEFORE and AFTER (got ${positionals.length})`)
  let configuration: Configuration | undefined
  if (values.config !== undefined) {
    const text = readTextFile(io.cwd, values.config)
    if (text === undefined) throw new UsageError(`cannot read ${values.config}: no such file`)
    configuration = configure(text, values.config, (path) => readTextFile(io.cwd, path))
  }
  const [beforePath, afterPath] = positionals as [string, string]
  const file: ChangedFile = {
    path: afterPath,
    previousPath: beforePath,
    status: 'modified',
    before: readInput(io.cwd, beforePath),
    after: readInput(io.cwd, afterPath),
  }
  const notice = { date, ...(options.failOn ? { failOn: options.failOn } : {}) }
  const report = analyzeChangedFile(file, { ...(configuration ? { configuration } : {}), today: io.today, notice, ...(options.language ? { language: options.language } : {}) })
  for (const note of report.notes.filter((n) => n.level === 'error')) {
    throw new UsageError(`${note.message.startsWith('the old') ? beforePath : afterPath}: ${note.message.replace(/^the (old|new) version cannot be analysed: /, '')}`)
  }
  io.stdout(render([report], options.format, io))
  return exitStatus([report], options.failOn ?? configuration?.policy['fail-on'] ?? 'low')
}

function runCheck(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      base: { type: 'string' },
      head: { type: 'string' },
      config: { type: 'string' },
      date: { type: 'string' },
      language: { type: 'string' },
      notice: { type: 'boolean', default: false },
    },
  })
  const options = common(values)
  const date = evaluationDate(values.date, io.today)
  const root = repositoryRoot(io.cwd)
  const base = values.base !== undefined ? resolveRef(root, values.base) : defaultBase(root)
  const head = values.head !== undefined ? resolveRef(root, values.head) : undefined
  // The policy in force is the one the change is proposed against: the base version's.
  let configuration: Configuration
  if (values.config !== undefined) {
    const text = readTextFile(io.cwd, values.config)
    if (text === undefined) throw new UsageError(`cannot read ${values.config}: no such file`)
    configuration = configure(text, values.config, (path) => readTextFile(root, path))
  } else {
    configuration = configure(readAtRef(root, base, DEFAULT_POLICY_PATH), DEFAULT_POLICY_PATH, (path) => readAtRef(root, base, path))
  }
  const isTermsFile = termsFileFilter(configuration.policy)
  // A glob that matches nothing is a typo more often than not: say so rather than widen it.
  for (const glob of unmatchedGlobs(configuration.policy, listFiles(root, base))) {
    io.stderr(`tos-guard: warning: the policy's glob "${glob}" matches no file in the repository\n`)
  }
  const filters = positionals.map((p) => relative(root, resolve(io.cwd, p)).split('\\').join('/'))
  const readWorking = (path: string): Buffer | undefined => {
    try {
      return readFileSync(resolve(root, path))
    } catch {
      return undefined
    }
  }
  const files = changedMarkdownFiles(root, base, head, filters, readWorking, isTermsFile)
  const reports: FileReport[] = []
  files.forEach((file, k) => {
    if (io.stderrIsTty && files.length > 3) io.stderr(`\rtos-guard: analysing ${k + 1}/${files.length} ${file.path}\u001b[K`)
    reports.push(analyzeChangedFile(file, { configuration, today: io.today, notice: { date, ...(options.failOn ? { failOn: options.failOn } : {}) }, ...(options.language ? { language: options.language } : {}) }))
  })
  if (io.stderrIsTty && files.length > 3) io.stderr('\r\u001b[K')
  disambiguateIds(reports)
  for (const r of reports) for (const n of r.notes.filter((x) => x.level === 'error')) io.stderr(`tos-guard: ${r.path}: ${n.message}\n`)
  for (const note of translationDrift(reports, configuration.policy.versions, listFiles(root, base))) io.stderr(`tos-guard: note: ${note}\n`)
  io.stdout(values.notice ? (renderNotice(reports) ?? NO_MATERIAL_CHANGE) : render(reports, options.format, io))
  return exitStatus(reports, options.failOn ?? configuration.policy['fail-on'])
}

/** Runs the command line; returns the exit status. Never throws. */
export function runCli(argv: readonly string[], io: CliIo): number {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case 'diff':
        return runDiff(rest, io)
      case 'check':
        return runCheck(rest, io)
      case 'init':
        return runInit(rest, io)
      case 'notice':
        return runNotice(rest, io)
      case '--version':
      case '-v':
      case 'version':
        io.stdout(`${VERSION}\n`)
        return 0
      case '--help':
      case '-h':
      case 'help':
        io.stdout(`${USAGE}\n`)
        return 0
      case undefined:
        throw new UsageError('missing command: diff or check (see tos-guard --help)')
      default:
        throw new UsageError(`unknown command '${command}' (expected diff or check; see tos-guard --help)`)
    }
  } catch (error) {
    if (error instanceof ConfigurationError) {
      for (const line of error.lines) io.stderr(`tos-guard: ${line}\n`)
      return 2
    }
    const message =
      error instanceof UsageError || error instanceof GitError
        ? error.message
        : (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
          ? (error as Error).message.replace(/\. To specify a positional argument starting with a '-'.*$/s, '')
          : `internal error: ${error instanceof Error ? error.message : String(error)}`
    io.stderr(`tos-guard: ${message}\n`)
    return 2
  }
}
