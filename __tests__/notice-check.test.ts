import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Finding, Severity } from '../src/analysis/types.js'
import { analyzeChangedFile } from '../src/files/analyze-file.js'
import { checkNotice } from '../src/notice/check.js'
import { addDays } from '../src/notice/period.js'
import { schemas } from '../src/policy/schema.js'
import { BUILTIN_PACK } from '../src/rules/builtin.js'

const { PolicySchema } = schemas()

const LICENCE_BEFORE = 'You grant Acme a licence to host and store Customer Content solely to provide the Services.'
const LICENCE_AFTER = 'You grant Acme a perpetual, irrevocable, sublicensable licence to use Customer Content for any purpose, including training artificial intelligence models.'

function terms(dateLine: string | undefined, licence: string, extra = ''): string {
  return ['# Terms', '', ...(dateLine !== undefined ? [dateLine, ''] : []), '## 2. Your content', '', licence, '', extra].join('\n')
}

/** A finding as the engine makes them, for checks that need no engine. */
function finding(severity: Severity, category: Finding['category'] = 'ai-training', extra: Partial<Finding> = {}): Finding {
  return { id: 'f', category, severity, side: 'after', startLine: 7, endLine: 7, excerpt: LICENCE_AFTER, added: ['AI / machine-learning training'], message: 'm', rule: 'builtin/ai-training', score: 8, highlights: [], ...extra }
}

const analyse = (before: string, after: string, date: string, policy?: unknown) =>
  analyzeChangedFile(
    { path: 'terms.md', status: 'modified', before, after },
    { today: date, notice: { date }, ...(policy !== undefined ? { configuration: { policy: PolicySchema.parse(policy), pack: BUILTIN_PACK } } : {}) },
  )

describe('the three outcomes, when the change is material', () => {
  it('date line unchanged: a notice finding on that line', () => {
    const report = analyse(terms('Last updated: March 1, 2023', LICENCE_BEFORE), terms('Last updated: March 1, 2023', LICENCE_AFTER), '2023-02-01')
    const notice = report.findings.filter((f) => f.category === 'notice')
    expect(notice).toEqual([
      expect.objectContaining({ side: 'after', startLine: 3, endLine: 3, rule: 'builtin/notice-date-unchanged', severity: 'critical', added: ['effective date not updated'] }),
    ])
    expect(notice[0]?.message).toMatch(/^Material change, effective date not updated: "Last updated: March 1, 2023"/)
    expect(notice[0]?.highlights).toEqual([{ line: 3, startColumn: 15, endColumn: 28, text: 'March 1, 2023' }])
  })

  it('new date sooner than the evaluation date plus the notice period: a finding quoting both dates', () => {
    const report = analyse(terms('Effective date: March 1, 2023', LICENCE_BEFORE), terms('Effective date: July 27, 2023', LICENCE_AFTER), '2023-07-20')
    const notice = report.findings.filter((f) => f.category === 'notice')
    expect(notice).toHaveLength(1)
    expect(notice[0]).toMatchObject({ startLine: 3, rule: 'builtin/notice-too-soon', added: ['effective 2023-07-27', "30 days' notice needed"] })
    expect(notice[0]?.message).toBe(
      `The new effective date 2023-07-27 ("Effective date: July 27, 2023", was 2023-03-01) is earlier than the evaluation date 2023-07-20 plus 30 days' notice (the default notice period): the earliest effective date is 2023-08-19.`,
    )
  })

  it('new date far enough away: no notice finding', () => {
    const report = analyse(terms('Effective date: March 1, 2023', LICENCE_BEFORE), terms('Effective date: August 19, 2023', LICENCE_AFTER), '2023-07-20')
    expect(report.findings.filter((f) => f.category === 'notice')).toEqual([])
    expect(report.findings.length).toBeGreaterThan(0)
  })

  it('no date line: a note for the summary, not a finding', () => {
    const report = analyse(terms(undefined, LICENCE_BEFORE), terms(undefined, LICENCE_AFTER), '2023-07-20')
    expect(report.findings.filter((f) => f.category === 'notice')).toEqual([])
    expect(report.notes).toContainEqual({ level: 'warning', message: expect.stringMatching(/no "Last updated" or "Effective date" line/) })
  })

  it('a date line without a full date: a note when it changed, a finding when it did not', () => {
    const changed = analyse(terms('Stand: März 2023', LICENCE_BEFORE), terms('Stand: Juli 2023', LICENCE_AFTER), '2023-07-20')
    expect(changed.findings.filter((f) => f.category === 'notice')).toEqual([])
    expect(changed.notes.map((n) => n.message)).toContainEqual(expect.stringMatching(/has no full date/))
    const same = analyse(terms('Stand: März 2023', LICENCE_BEFORE), terms('Stand: März 2023', LICENCE_AFTER), '2023-07-20')
    expect(same.findings.filter((f) => f.category === 'notice')).toHaveLength(1)
  })

  it("takes the document's own promise when it is longer than the policy's period", () => {
    const promise = 'We will notify you at least 60 days before material changes to these Terms take effect.'
    const report = analyse(terms('Effective date: September 1, 2023', LICENCE_BEFORE, promise), terms('Effective date: September 1, 2023', LICENCE_AFTER, promise).replace('September 1', 'September 10'), '2023-07-20')
    expect(report.findings.find((f) => f.category === 'notice')?.message).toMatch(/plus 60 days' notice \(the old version's own promise of notice\): the earliest effective date is 2023-09-18/)
  })
})

describe('when the duties apply', () => {
  it('says nothing about a change with no finding at or above fail-on', () => {
    const before = terms('Last updated: March 1, 2023', LICENCE_BEFORE)
    const typo = analyse(before, before.replace('Terms', 'Terms of Service'), '2023-07-20')
    expect(typo.findings).toEqual([])
    expect(typo.notes).toEqual([])
    expect(typo.notice?.material).toBe(false)
    const input = { path: 't.md', before, after: before, inputs: { date: '2023-07-20' } }
    expect(checkNotice({ ...input, findings: [finding('medium')], inputs: { date: '2023-07-20', failOn: 'high' } }).findings).toEqual([])
    expect(checkNotice({ ...input, findings: [finding('high', 'policy-change')] }).findings).toEqual([])
    expect(checkNotice({ ...input, findings: [finding('high', 'ai-training', { suppressed: { by: 'inline', reason: 'r' } })] }).findings).toEqual([])
    expect(checkNotice({ ...input, findings: [finding('high')] }).findings).toHaveLength(1)
  })

  it('follows the policy like every category: it can be turned off, re-weighted or accepted', () => {
    const before = terms('Last updated: March 1, 2023', LICENCE_BEFORE)
    const after = terms('Last updated: March 1, 2023', LICENCE_AFTER)
    const on = analyse(before, after, '2023-07-20', {})
    const id = on.findings.find((f) => f.category === 'notice')?.id as string
    expect(id).toMatch(/^[0-9a-f]{16}$/)
    expect(analyse(before, after, '2023-07-20', { categories: { notice: false } }).findings.some((f) => f.category === 'notice')).toBe(false)
    expect(analyse(before, after, '2023-07-20', { rules: { 'builtin/notice-date-unchanged': { severity: 'low' } } }).findings.find((f) => f.category === 'notice')?.severity).toBe('low')
    const accepted = analyse(before, after, '2023-07-20', { accepted: [{ id, reason: 'Notice sent by email on 2023-07-01', expires: '2099-01-01' }] })
    expect(accepted.findings.find((f) => f.category === 'notice')?.suppressed?.by).toBe('accepted')
  })

  it('owes nothing for a new or a deleted document', () => {
    const file = { path: 'terms.md', before: '', after: terms('Last updated: March 1, 2023', LICENCE_AFTER) }
    expect(analyzeChangedFile({ ...file, status: 'added' }, { notice: { date: '2023-07-20' } }).findings.some((f) => f.category === 'notice')).toBe(false)
  })
})

describe('purity', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  const day = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2020-01-01', n))
  const words = (iso: string): string => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
    return `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} ${d}, ${y}`
  }

  it('the finding depends only on the inputs: the texts, the findings, the policy and the date passed in', () => {
    fc.assert(
      fc.property(day, day, day, fc.integer({ min: 0, max: 120 }), fc.constantFrom<Severity>('low', 'medium', 'high', 'critical'), fc.integer({ min: 0, max: 10_000 }), (old, now, evaluation, days, severity, clock) => {
        const before = terms(`Effective date: ${words(old)}`, LICENCE_BEFORE)
        const after = terms(`Effective date: ${words(now)}`, LICENCE_AFTER)
        const input = { path: 'terms.md', before, after, findings: [finding(severity)], policy: PolicySchema.parse({ notice: { days } }), inputs: { date: evaluation } }
        // The wall clock is moved between two calls: the result must not move with it.
        vi.useFakeTimers({ now: Date.UTC(2001, 0, 1) })
        const first = checkNotice(input)
        vi.setSystemTime(Date.UTC(2040, 0, 1) + clock * 86_400_000)
        const second = checkNotice(structuredClone(input))
        vi.useRealTimers()
        expect(second).toEqual(first)
        // And it is exactly the rule: unchanged date, or sooner than the evaluation date + period.
        const expected = old === now ? 'builtin/notice-date-unchanged' : now < addDays(evaluation, days) ? 'builtin/notice-too-soon' : undefined
        expect(first.findings.map((f) => f.rule)).toEqual(expected ? [expected] : [])
        // The id names the clause and the date, not the day the check ran.
        if (expected) expect(checkNotice({ ...input, inputs: { date: addDays(evaluation, 1) } }).findings[0]?.id).toBe(first.findings[0]?.id)
      }),
      { numRuns: 200 },
    )
  })
})
