import { describe, expect, it } from 'vitest'
import { idsDigest } from '../src/gate/decide.js'
import { renderSummary } from '../src/report/summary.js'
import { BASE, HEAD, fortyFindings, gateFor } from './helpers/summary-fixture.js'

const files = fortyFindings()
const render = (signed: boolean, defaultApprovers?: string[]): string =>
  renderSummary({ files, headSha: HEAD, baseSha: BASE, gate: gateFor(files, { signed, ...(defaultApprovers ? { defaultApprovers } : {}) }) })
/** The state cell (the last) of the row of finding n, found by its lines (see the fixture). */
const stateOf = (text: string, n: number): string => {
  const lines = `${10 + 3 * n}–${11 + 3 * n}`
  const row = text.split('\n').find((l) => l.startsWith('|') && new RegExp(`\\| (old )?${lines} \\|`).test(l))
  return row?.split(' | ').pop()?.replace(/ \|$/, '') ?? `no row for finding ${n}`
}
const top = (text: string): string => text.slice(0, text.indexOf('| Category |'))
const short = HEAD.slice(0, 7)
const required = files.flatMap((f) => f.findings).filter((f) => !f.suppressed && f.severity !== 'low').map((f) => f.id)

describe('each finding\'s sign-off state in the summary (issue 13)', () => {
  it('before any sign-off: every finding that needs it is open; the others say why not', () => {
    const text = render(false)
    for (const n of [17, 100, 101, 129]) expect(stateOf(text, n)).toBe('open')
    expect(stateOf(text, 0)).toBe('below fail-on: no sign-off needed')
    expect(stateOf(text, 1)).toBe('suppressed by `tos-guard-disable broadened-definition` (line 12): approved by counsel in LEGAL-9 &lt;b&gt;ok&lt;/b&gt; \\| see #\u206012')
    expect(stateOf(text, 10)).toBe('suppressed: accepted in the policy until 2027-06-30: LEGAL-7: we never sold data')
  })

  it('after a partial sign-off: who signed which finding at which commit; the rest stay open', () => {
    const text = render(true)
    // Counsel is the approver for AI training: those nine are signed, the others still open.
    for (const n of [17, 101, 105, 129]) expect(stateOf(text, n)).toBe(`✅ signed off by @counsel-carol at \`${short}\` (review)`)
    for (const n of [11, 100, 102, 103]) expect(stateOf(text, n)).toBe('open')
    expect(text.match(/✅ signed off/g)).toHaveLength(9)
    // A folded file says how many of its findings are still open.
    expect(text).toContain('<summary>30 findings: 10 critical, 10 high, 10 medium · 22 open</summary>')
  })

  it('says at the top who can still sign, never the author, and that another approver must sign for them', () => {
    const before = top(render(false))
    expect(before).toMatch(/\*\*Who can still sign off:\*\* @counsel-carol, @dpo-dana\n/)
    expect(before).toMatch(/@pm-pat is an approver but wrote this change, so cannot sign it off: another approver must\./)
    expect(before).not.toMatch(/can still sign off:[^\n]*pm-pat/)
    const after = top(render(true))
    expect(after).toMatch(/\*\*Who can still sign off:\*\* @dpo-dana\n/)
    expect(after).toMatch(/28 of 37 findings that need sign-off are still open\./)
  })

  it('when nobody eligible is left, says so and which policy entry to change', () => {
    const text = top(render(false, ['pm-pat']))
    expect(text).toMatch(/No eligible approver for 28 findings: every approver under `approvers\.default` wrote this change\. Add another approver there in the policy\./)
    expect(text).not.toMatch(/can still sign off:[^\n]*pm-pat/)
  })

  it('gives the exact sign-off comment to copy, in a code block, with the digest the gate accepts', () => {
    const text = render(false)
    const block = /```text\n(.*)\n```/.exec(text)
    expect(block?.[1]).toBe(`/tos-guard sign-off ${idsDigest(required)}`)
    expect(top(text)).toContain(block?.[0])
    // Green: nothing to copy.
    const none = renderSummary({ files: [], headSha: HEAD, baseSha: BASE, gate: gateFor([]) })
    expect(none).not.toContain('```')
  })
})

describe('the ways to sign off', () => {
  it('names the label exactly as it must be added, in a code span that nothing escapes', async () => {
    const { signOffBlock } = await import('../src/report/summary-gate.js')
    const view = gateFor(files).signOff
    if (!view) throw new Error('no view')
    const text = signOffBlock({ ...view, methods: ['review', 'label', 'comment'], label: 'legal_ok *now*' }, HEAD).join('\n')
    expect(text).toContain('To sign off: an approving review, the label `legal_ok *now*`, or this comment')
    const { signOffCommand: _command, ...noCommand } = view
    expect(signOffBlock({ ...noCommand, methods: ['label'], label: 'a `b`' }, HEAD).join('\n')).toContain('To sign off: the label `` a `b` ``.')
  })
})
