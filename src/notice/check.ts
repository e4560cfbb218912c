import { createHash } from 'node:crypto'
import { severityRank, type Finding, type Severity } from '../analysis/types.js'
import type { Policy } from '../policy/schema.js'
import { effectiveDateLine, findDateLines } from './date-lines.js'
import { readHeadings } from './headings.js'
import { guessLanguage } from './language.js'
import { addDays, noticePeriod, promisedNotice } from './period.js'
import type { DateLine, NoticeFacts, NoticeInputs } from './types.js'

export interface NoticeCheckInput {
  path: string
  before: string
  after: string
  /** The file's findings, with the policy already applied (severities, suppressions). */
  findings: readonly Finding[]
  policy?: Policy
  inputs: NoticeInputs
}

export interface NoticeCheckResult {
  findings: Finding[]
  /** Summary notes, e.g. that the document has no date line at all. */
  notes: string[]
  facts: NoticeFacts
}

/** Categories that are about the terms themselves; the others are about tos-guard or this check. */
const MATERIAL = new Set<Finding['category']>(['broad-license-grant', 'ai-training', 'removed-protection', 'broadened-definition'])

/** The findings that make a change material: what counsel must sign off, about the terms' substance. */
export function materialFindings(findings: readonly Finding[], failOn: Severity): Finding[] {
  return findings.filter((f) => MATERIAL.has(f.category) && !f.suppressed && severityRank(f.severity) >= severityRank(failOn))
}

const fingerprint = (...parts: string[]): string => createHash('sha256').update(['notice', ...parts].join('\n')).digest('hex').slice(0, 16)

function noticeFinding(line: DateLine, material: readonly Finding[], kind: 'unchanged' | 'too-soon', fields: Pick<Finding, 'added' | 'message'>, key: string): Finding {
  // A notice finding weighs what makes it needed: the heaviest material change it comes with.
  const worst = [...material].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || b.score - a.score)[0] as Finding
  return {
    id: fingerprint(kind, key),
    category: 'notice',
    severity: worst.severity,
    side: 'after',
    startLine: line.line,
    endLine: line.line,
    excerpt: line.text,
    ...fields,
    rule: kind === 'unchanged' ? 'builtin/notice-date-unchanged' : 'builtin/notice-too-soon',
    score: worst.score,
    highlights: line.startColumn !== undefined && line.endColumn !== undefined ? [{ line: line.line, startColumn: line.startColumn, endColumn: line.endColumn, text: line.dateText ?? '' }] : [],
    remediation: 'Set the effective date to a day at least the notice period after users are told of the change, or have counsel sign off.',
  }
}

/**
 * The publishing duties of one changed document. Pure: the evaluation date comes in as an
 * input, so the same texts, findings, policy and date always give the same result.
 *
 * Only a document with a material change (a finding at or above fail-on) owes notice: then
 * an unchanged date line is a finding, a new effective date sooner than the evaluation date
 * plus the notice period is a finding, and a document with no date line gets a note.
 */
export function checkNotice(input: NoticeCheckInput): NoticeCheckResult {
  const failOn = input.inputs.failOn ?? input.policy?.['fail-on'] ?? 'low'
  const material = materialFindings(input.findings, failOn)
  const afterLines = material.length > 0 ? findDateLines(input.after) : []
  const after = effectiveDateLine(afterLines)
  const language = input.inputs.language ?? input.policy?.notice.language ?? after?.language ?? guessLanguage(input.after)
  const promises = material.length > 0 ? [promisedNotice(input.before), promisedNotice(input.after)] : []
  const period = noticePeriod(
    input.policy,
    input.path,
    material.map((f) => f.category),
    promises.map((p, i) => (p ? { days: p.days, side: i === 0 ? ('old' as const) : ('new' as const) } : undefined)),
  )
  const facts: NoticeFacts = { language, evaluationDate: input.inputs.date, failOn, period, headings: { before: [], after: [] }, material: material.length > 0 }
  if (material.length === 0) return { findings: [], notes: [], facts }

  facts.headings = { before: readHeadings(input.before), after: readHeadings(input.after) }
  if (!after) {
    return { findings: [], notes: ['this material change needs notice to users, but the document has no "Last updated" or "Effective date" line: users cannot tell when the new terms apply'], facts }
  }
  facts.after = after
  const before = effectiveDateLine(findDateLines(input.before), after.kind)
  if (before) facts.before = before
  const findings: Finding[] = []
  const notes: string[] = []
  const sameDate = before !== undefined && (after.date !== undefined && before.date !== undefined ? after.date === before.date : after.date === undefined && before.date === undefined && after.text === before.text)
  if (sameDate) {
    findings.push(
      noticeFinding(
        after,
        material,
        'unchanged',
        {
          added: ['effective date not updated'],
          message: `Material change, effective date not updated: "${after.text}" is the same as in the previous version. Users need ${period.days} days' notice (${period.source}) before the new terms apply.`,
        },
        after.text.toLowerCase(),
      ),
    )
  } else if (after.date === undefined) {
    notes.push(`the date line "${after.text}" (line ${after.line}) has no full date (day, month and year) tos-guard can read, so the notice period could not be checked`)
  } else {
    const earliest = addDays(input.inputs.date, period.days)
    if (after.date < earliest) {
      const was = before?.date !== undefined ? `, was ${before.date}` : ''
      findings.push(
        noticeFinding(
          after,
          material,
          'too-soon',
          {
            added: [`effective ${after.date}`, `${period.days} days' notice needed`],
            message: `The new effective date ${after.date} ("${after.text}"${was}) is earlier than the evaluation date ${input.inputs.date} plus ${period.days} days' notice (${period.source}): the earliest effective date is ${earliest}.`,
          },
          `${after.date}\n${period.days}`,
        ),
      )
    }
  }
  return { findings, notes, facts }
}
