import { describe, expect, it } from 'vitest'
import type { Category, Finding, Severity } from '../src/analysis/types.js'
import { analyze } from '../src/analysis/engine.js'
import { renderClauseComment } from '../src/report/comment.js'
import type { FileReport } from '../src/report/model.js'
import { renderSummary } from '../src/report/summary.js'
import { renderComment } from './helpers/render-gfm.js'

const SEVERITIES: Severity[] = ['low', 'medium', 'high', 'critical']
const CATEGORIES: Category[] = ['broad-license-grant', 'ai-training', 'removed-protection', 'broadened-definition']

/** What a reader must never see: an entity shown as text, Markdown shown as text, a broken table row. */
function expectClean(text: string): void {
  expect(text).not.toMatch(/&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i)
  expect(text).not.toMatch(/\*\*|~~/)
  expect(text).not.toMatch(/^\|.*\|$/m)
}
// The word joiners that break autolinks are invisible.
const seen = (text: string): string => text.replace(/\u2060/g, '')

describe('as GitHub renders them', () => {
  it('a 40-finding summary: tables render as tables, folds as folds, nothing shows as raw markup', () => {
    const hostile = 'Write to legal@acme.example <b>now</b> & see #12 | not a cell'
    const files: FileReport[] = ['terms.md', 'privacy policy.md', 'cookies.md'].map((path, p) => ({
      path,
      findings: Array.from({ length: p === 0 ? 30 : 5 }, (_, k) => ({
        id: (p * 100 + k).toString(16).padStart(16, '0'), category: CATEGORIES[k % 4] as Category, severity: SEVERITIES[(k + p) % 4] as Severity,
        side: k % 4 === 2 ? 'before' : 'after', startLine: k + 1, endLine: k + 2, excerpt: hostile, added: [hostile], message: hostile, rule: 'builtin/x', score: 1, highlights: [],
      })) as Finding[],
      notes: [],
    }))
    const { html, text, dropped } = renderComment(renderSummary({ files, headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40) }))
    expect(dropped).toEqual([])
    expectClean(text)
    // The counts table and one table per file.
    expect(html.match(/<table>/g)).toHaveLength(4)
    expect(html.match(/<details>/g)).toHaveLength(1)
    // Document text, markup included, reads exactly as written.
    expect(seen(text)).toContain(hostile)
  })

  it('a clause comment with a redline and a second finding', () => {
    const before = 'You grant us, as legal@acme.example will confirm, a license to host your content to provide the Services.\n'
    const after = 'You grant us, as legal@acme.example will confirm, a perpetual, sublicensable license to host your content to provide and improve the Services and to train our AI models.\n'
    const { findings } = analyze(before, after)
    expect(findings.length).toBeGreaterThan(0)
    const { text, dropped } = renderComment(renderClauseComment(findings, { text: 'a review from counsel' }))
    expect(dropped).toEqual([])
    expectClean(text)
    expect(seen(text)).toContain('legal@acme.example')
  })
})
