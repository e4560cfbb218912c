import { describe, expect, it } from 'vitest'
import { idsDigest } from '../src/gate/decide.js'
import { renderSummary } from '../src/report/summary.js'
import { renderComment, visibleText } from './helpers/render-gfm.js'
import { BASE, HEAD, fortyFindings, gateFor } from './helpers/summary-fixture.js'

/*
 * The summary as GitHub shows it (GFM, raw HTML through its sanitiser's allow-list): with 40
 * findings, and after counsel has signed off the AI-training ones only.
 */
const files = fortyFindings()
const rendered = (signed: boolean) => renderComment(renderSummary({ files, headSha: HEAD, baseSha: BASE, gate: gateFor(files, { signed }) }))

/** Each body row of each table: its cells' visible text. */
function tableRows(html: string): string[][][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((t) =>
    [...(t[1] ?? '').matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].flatMap((b) => [...(b[1] ?? '').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...(r[1] ?? '').matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => visibleText(c[1] ?? '').replace(/\u2060/g, '')))),
  )
}

/** Finding rows (six cells), keyed by their Lines cell. */
function states(html: string): Map<string, string> {
  const rows = tableRows(html).slice(1).flat()
  for (const r of rows) expect(r, `a broken row: ${r.join(' | ')}`).toHaveLength(6)
  return new Map(rows.map((r) => [r[1] ?? '', r[5] ?? '']))
}
const lines = (n: number): string => `${n === 10 || (n >= 11 && n <= 16) || (n >= 100 && (n - 100) % 4 === 2) ? 'old ' : ''}${10 + 3 * n}–${11 + 3 * n}`

describe('the summary as GitHub renders it (issue 13)', () => {
  for (const signed of [false, true]) {
    it(`${signed ? 'after a partial sign-off' : 'with 40 findings'}: no visible entity, raw tag, stray markup or broken table`, () => {
      const { html, text, dropped } = rendered(signed)
      expect(dropped).toEqual([])
      expect(text).not.toMatch(/&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i)
      // The one tag a reader may see is the one the document's own text quotes (the suppression's reason).
      expect(text.replaceAll('<b>ok</b>', '')).not.toMatch(/<\/?[a-z][^>]*>/i)
      expect(text).toContain('approved by counsel in LEGAL-9 <b>ok</b> | see #\u206012')
      expect(text).not.toMatch(/\*\*|~~|`/)
      expect(text).not.toMatch(/^\|.*\|$/m)
      // The counts, then one table per file; two files folded, the short one open.
      expect(html.match(/<table>/g)).toHaveLength(4)
      expect(html.match(/<details>/g)).toHaveLength(2)
      expect(states(html).size).toBe(40)
      // The comment to copy, as a code block.
      expect(html).toContain(`<pre><code class="language-text">/tos-guard sign-off ${idsDigest(gateFor(files).signOff?.coveredBy.keys() ?? [])}\n</code></pre>`)
    })
  }

  it('shows each finding\'s state: open, signed off by whom at which commit, suppressed, not needed', () => {
    const before = states(rendered(false).html)
    const after = states(rendered(true).html)
    const short = HEAD.slice(0, 7)
    expect([...before.values()].filter((s) => s === 'open')).toHaveLength(37)
    expect([...after.values()].filter((s) => s === 'open')).toHaveLength(28)
    expect([...after.values()].filter((s) => s === `✅ signed off by @counsel-carol at ${short} (review)`)).toHaveLength(9)
    // The AI-training findings are the signed ones (17 in privacy.md; every fourth in terms.md from 101).
    for (const n of [17, 101, 105, 129]) expect(after.get(lines(n))).toBe(`✅ signed off by @counsel-carol at ${short} (review)`)
    for (const n of [11, 100, 102, 103]) expect(after.get(lines(n))).toBe('open')
    for (const s of [before, after]) {
      expect(s.get(lines(0))).toBe('below fail-on: no sign-off needed')
      expect(s.get(lines(1))).toBe('suppressed by tos-guard-disable broadened-definition (line 12): approved by counsel in LEGAL-9 <b>ok</b> | see #12')
      expect(s.get(lines(10))).toBe('suppressed: accepted in the policy until 2027-06-30: LEGAL-7: we never sold data')
    }
  })

  it('says who can still sign, and never the author', () => {
    const before = rendered(false).text
    const after = rendered(true).text
    expect(before).toContain('Who can still sign off: @counsel-carol, @dpo-dana')
    expect(after).toContain('Who can still sign off: @dpo-dana')
    expect(after).toContain('28 of 37 findings that need sign-off are still open.')
    for (const text of [before, after]) {
      expect(text).toContain('@pm-pat is an approver but wrote this change, so cannot sign it off: another approver must.')
      expect(text).not.toMatch(/Who can still sign off:[^\n]*pm-pat/)
    }
  })
})
