import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { SEVERITIES, severityRank, type Severity } from '../analysis/types.js'
import { resolveConfiguration, type Configuration } from '../policy/resolve.js'
import { formatConfigError } from '../policy/yaml-errors.js'
import { renderJson } from '../report/json.js'
import { renderMarkdown } from '../report/markdown.js'
import type { FileReport } from '../report/model.js'
import { renderSarif } from '../report/sarif.js'
import { renderText } from '../report/text.js'
import type { FileAnalyzer } from '../files/budget.js'
import { ConfigurationError, UsageError } from './errors.js'
import { existingRegularFile } from './read-file.js'

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
  /** Reads all of stdin, for a file given as `-`. */
  readStdin?: () => Buffer
  /** Milliseconds, for progress: a fake clock in tests. */
  now?: () => number
  /**
   * Where files are analysed: the bundled command line uses a worker thread that keeps the time
   * budget (src/files/budget.ts); without one, in this thread with no budget (tests).
   */
  analyzer?: FileAnalyzer
}

export const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const
export type Format = (typeof FORMATS)[number]

/** The options every analysing command takes. */
export const COMMON_OPTIONS = {
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  output: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  language: { type: 'string' },
  'time-budget': { type: 'string' },
} as const

export interface Common {
  format: Format
  failOn?: Severity
  output?: string
  quiet: boolean
  /** The documents' language (ISO 639-1), before the policy's `languages`. */
  language?: string
  /** Seconds per file, before the policy's `time-budget`. */
  timeBudget?: number
}

/** A --time-budget value: seconds, more than 0 and at most an hour, as in the policy. */
export function timeBudget(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const seconds = Number(value)
  if (value.trim() === '' || !Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) throw new UsageError(`--time-budget must be a number of seconds above 0 and at most 3600 (got '${value}')`)
  return seconds
}

export function common(values: { format?: string | undefined; 'fail-on'?: string | undefined; output?: string | undefined; quiet?: boolean | undefined; language?: string | undefined; 'time-budget'?: string | undefined }): Common {
  const format = (values.format ?? 'text') as Format
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format '${values.format ?? ''}' (expected ${FORMATS.join(', ')})`)
  const failOn = values['fail-on'] as Severity | undefined
  if (failOn !== undefined && !SEVERITIES.includes(failOn)) throw new UsageError(`unknown --fail-on '${values['fail-on'] ?? ''}' (expected ${SEVERITIES.join(', ')})`)
  const language = values.language
  if (language !== undefined && !/^[a-z]{2}$/.test(language)) throw new UsageError(`unknown --language '${language}' (expected a two-letter ISO 639-1 code such as fr)`)
  const budget = timeBudget(values['time-budget'])
  return {
    format,
    quiet: values.quiet === true,
    ...(failOn ? { failOn } : {}),
    ...(language ? { language } : {}),
    ...(values.output !== undefined ? { output: values.output } : {}),
    ...(budget !== undefined ? { timeBudget: budget } : {}),
  }
}

export function configure(policyText: string | undefined, policyFile: string, read: (path: string) => string | undefined): Configuration {
  const parsed = resolveConfiguration(policyText, policyFile, read)
  if (!parsed.ok) throw new ConfigurationError(parsed.errors.map(formatConfigError))
  return parsed.value
}

export function readTextFile(cwd: string, path: string): string | undefined {
  const full = resolve(cwd, path)
  if (!existingRegularFile(path, full)) return undefined
  try {
    return readFileSync(full, 'utf8')
  } catch {
    return undefined
  }
}

/** A document named on the command line: a file, or stdin for `-`. */
export function readInput(io: CliIo, path: string): Buffer {
  if (path === '-') {
    if (!io.readStdin) throw new UsageError('cannot read stdin')
    return io.readStdin()
  }
  const full = resolve(io.cwd, path)
  if (!existingRegularFile(path, full)) throw new UsageError(`cannot read ${path}: no such file`)
  try {
    return readFileSync(full)
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'read error'}`)
  }
}

function render(files: readonly FileReport[], format: Format, color: boolean): string {
  switch (format) {
    case 'json':
      return renderJson(files)
    case 'sarif':
      return renderSarif(files)
    case 'markdown':
      return renderMarkdown(files)
    default:
      return renderText(files, { color })
  }
}

/** Writes the report to stdout, or to the --output file (never coloured). */
export function emit(files: readonly FileReport[], options: Common, io: CliIo): void {
  const forced = Boolean(io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0')
  const terminal = io.stdoutIsTty && !io.env.NO_COLOR && io.env.TERM !== 'dumb'
  if (options.output !== undefined) {
    try {
      writeFileSync(resolve(io.cwd, options.output), render(files, options.format, false))
    } catch (error) {
      throw new UsageError(`cannot write ${options.output}: ${(error as NodeJS.ErrnoException).code ?? 'write error'}`)
    }
    return
  }
  io.stdout(render(files, options.format, terminal || forced))
}

export function exitStatus(files: readonly FileReport[], failOn: Severity): number {
  if (files.some((f) => f.notes.some((n) => n.level === 'error'))) return 2
  const threshold = severityRank(failOn)
  return files.some((f) => f.findings.some((x) => !x.suppressed && severityRank(x.severity) >= threshold)) ? 1 : 0
}
