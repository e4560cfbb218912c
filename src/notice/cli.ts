import { parseArgs } from 'node:util'
import { SEVERITIES, type Severity } from '../analysis/types.js'
import { readTextFile, timeBudget, type CliIo } from '../cli/common.js'
import { ConfigurationError, UsageError } from '../cli/errors.js'
import { readRegularFile } from '../cli/read-file.js'
import { budgetMs, inThread } from '../files/budget.js'
import { resolveConfiguration, type Configuration } from '../policy/resolve.js'
import { formatConfigError } from '../policy/yaml-errors.js'
import { renderNotice } from './draft.js'
import { NOTICE_LANGUAGES, type NoticeInputs, type NoticeLanguage } from './types.js'

export const NOTICE_USAGE = `  tos-guard notice BEFORE.md AFTER.md [--date YYYY-MM-DD] [--lang en|fr|de|es] [--url URL] [--fail-on SEVERITY] [--config FILE] [--time-budget SECONDS]`

/** What `notice` prints when no change needs notice to users. */
export const NO_MATERIAL_CHANGE = '<!-- tos-guard: no change at or above fail-on, so no notice to users is needed. -->\n'

/** --date: the evaluation date, a real calendar day written YYYY-MM-DD; default today. */
export function evaluationDate(value: string | undefined, today: string): string {
  if (value === undefined) return today
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const valid = m !== null && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === value
  if (!valid) throw new UsageError(`--date must be a date written YYYY-MM-DD (got '${value}')`)
  return value
}

function language(value: string | undefined): NoticeLanguage | undefined {
  if (value === undefined) return undefined
  if (!(NOTICE_LANGUAGES as readonly string[]).includes(value)) throw new UsageError(`unknown --lang '${value}' (expected ${NOTICE_LANGUAGES.join(', ')})`)
  return value as NoticeLanguage
}

function configuration(cwd: string, path: string): Configuration {
  const text = readRegularFile(cwd, path).toString('utf8')
  const parsed = resolveConfiguration(text, path, (p) => readTextFile(cwd, p))
  if (!parsed.ok) throw new ConfigurationError(parsed.errors.map(formatConfigError))
  return parsed.value
}

/**
 * `tos-guard notice BEFORE AFTER`: the draft notice to users for a change, in Markdown on
 * stdout. Exit status 0 (the draft is the product, not a verdict) or 2 on bad input.
 */
export function runNotice(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { date: { type: 'string' }, lang: { type: 'string' }, url: { type: 'string' }, 'fail-on': { type: 'string' }, config: { type: 'string' }, 'time-budget': { type: 'string' } },
  })
  if (positionals.length !== 2) throw new UsageError(`notice needs two files, BEFORE and AFTER (got ${positionals.length})`)
  const failOn = values['fail-on'] as Severity | undefined
  if (failOn !== undefined && !SEVERITIES.includes(failOn)) throw new UsageError(`unknown --fail-on '${failOn}' (expected ${SEVERITIES.join(', ')})`)
  const lang = language(values.lang)
  const notice: NoticeInputs = { date: evaluationDate(values.date, io.today), ...(failOn ? { failOn } : {}), ...(lang ? { language: lang } : {}) }
  const config = values.config !== undefined ? configuration(io.cwd, values.config) : undefined
  const [beforePath, afterPath] = positionals as [string, string]
  const report = (io.analyzer ?? inThread).analyze(
    { path: afterPath, previousPath: beforePath, status: 'modified', before: readRegularFile(io.cwd, beforePath), after: readRegularFile(io.cwd, afterPath) },
    { ...(config ? { configuration: config } : {}), today: io.today, notice },
    budgetMs(timeBudget(values['time-budget']), config?.policy['time-budget']),
  )
  const error = report.notes.find((n) => n.level === 'error')
  if (error) throw new UsageError(`${error.message.startsWith('the old') ? beforePath : afterPath}: ${error.message.replace(/^the (old|new) version cannot be analysed: /, '')}`)
  const url = values.url
  io.stdout(renderNotice([report], url !== undefined ? { urlOf: () => url } : {}) ?? NO_MATERIAL_CHANGE)
  return 0
}
