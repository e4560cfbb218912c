import { parseArgs } from 'node:util'
import type { ChangedFile } from '../files/analyze-file.js'
import { budgetMs, inThread } from '../files/budget.js'
import type { Configuration } from '../policy/resolve.js'
import { VERSION } from '../version.js'
import { runCheck } from './check.js'
import { COMMON_OPTIONS, common, configure, emit, exitStatus, readInput, readTextFile, type CliIo } from './common.js'
import { ConfigurationError, UsageError } from './errors.js'
import { GitError } from './git.js'
import { runInit } from './init.js'
import { evaluationDate, runNotice } from '../notice/cli.js'
import { DIFF_USAGE, USAGE } from './usage.js'

export type { CliIo } from './common.js'
export { ConfigurationError, UsageError } from './errors.js'
export { USAGE } from './usage.js'

function runDiff(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...COMMON_OPTIONS, config: { type: 'string' }, date: { type: 'string' } },
  })
  if (values.help) {
    io.stdout(`${DIFF_USAGE}\n`)
    return 0
  }
  const options = common(values)
  const date = evaluationDate(values.date, io.today)
  if (positionals.length !== 2) throw new UsageError(`diff needs two files, BEFORE and AFTER (got ${positionals.length})`)
  const [beforePath, afterPath] = positionals as [string, string]
  if (beforePath === '-' && afterPath === '-') throw new UsageError('diff can read only one of BEFORE and AFTER from stdin (-)')
  let configuration: Configuration | undefined
  if (values.config !== undefined) {
    const text = readTextFile(io.cwd, values.config)
    if (text === undefined) throw new UsageError(`cannot read ${values.config}: no such file`)
    configuration = configure(text, values.config, (path) => readTextFile(io.cwd, path))
  }
  const file: ChangedFile = {
    path: afterPath,
    previousPath: beforePath,
    status: 'modified',
    before: readInput(io, beforePath),
    after: readInput(io, afterPath),
  }
  const notice = { date, ...(options.failOn ? { failOn: options.failOn } : {}) }
  const analyzer = io.analyzer ?? inThread
  const report = analyzer.analyze(file, { ...(configuration ? { configuration } : {}), today: io.today, notice, ...(options.language ? { language: options.language } : {}) }, budgetMs(options.timeBudget, configuration?.policy['time-budget']))
  for (const note of report.notes.filter((n) => n.level === 'error')) {
    throw new UsageError(`${note.message.startsWith('the old') ? beforePath : afterPath}: ${note.message.replace(/^the (old|new) version cannot be analysed: /, '')}`)
  }
  emit([report], options, io)
  return exitStatus([report], options.failOn ?? configuration?.policy['fail-on'] ?? 'low')
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
        throw new UsageError(`unknown command '${command}' (expected diff, check, notice or init; see tos-guard --help)`)
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
