import { describe, expect, it } from 'vitest'
import type { Category, Finding, Severity } from '../src/analysis/types.js'
import type { FileReport } from '../src/report/model.js'
import { renderSummary } from '../src/report/summary.js'

const SEVERITIES: Severity[] = ['low', 'medium', 'high', 'critical']
const CATEGORIES: Category[] = ['broad-license-grant', 'ai-training', 'removed-protection', 'broadened-definition']

function finding(n: number, severity: Severity, category: Category): Finding {
  return { id: n.toString(16).padStart(16, '0'), category, severity, side: 'after', startLine: n + 1, endLine: n + 1, excerpt: 'Clause.', added: [`added ${n}`], message: 'A finding.', rule: 'builtin/x', score: 1, highlights: [] }
}

// 40 findings: 30 in terms.md, 8 in privacy.md (one critical), 2 in cookies.md (low).
const files: FileReport[] = [
  { path: 'cookies.md', findings: [finding(0, 'low', 'broad-license-grant'), finding(1, 'low', 'broadened-definition')], notes: [] },
  { path: 'privacy.md', findings: Array.from({ length: 8 }, (_, k) => finding(10 + k, k === 7 ? 'critical' : 'medium', k === 7 ? 'ai-training' : 'removed-protection')), notes: [] },
  { path: 'terms.md', findings: Array.from({ length: 30 }, (_, k) => finding(100 + k, SEVERITIES[k % 3] as Severity, CATEGORIES[k % 4] as Category)), notes: [] },
]

describe('a summary that scales', () => {
  const text = renderSummary({ files, headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40) })

  it('opens with counts by severity and by category', () => {
    const counts = text.slice(0, text.indexOf('### '))
    expect(counts).toMatch(/\| Category \| 🟥 critical \| 🟧 high \| 🟨 medium \| 🟦 low \| Total \|/)
    expect(counts).toMatch(/\| New AI-training purpose \| 1 \| 3 \| 3 \| 2 \| 9 \|/)
    expect(counts).toMatch(/\| \*\*Total\*\* \| \*\*1\*\* \| \*\*10\*\* \| \*\*17\*\* \| \*\*12\*\* \| \*\*40\*\* \|/)
  })

  it('has one section per file, the file with the worst finding first, rows by severity', () => {
    const sections = [...text.matchAll(/^### (\S+)/gm)].map((m) => m[1])
    expect(sections.slice(0, 3)).toEqual(['privacy.md', 'terms.md', 'cookies.md'])
    const privacy = text.slice(text.indexOf('### privacy.md'), text.indexOf('### terms.md'))
    const rows = privacy.split('\n').filter((l) => l.startsWith('| privacy.md'))
    expect(rows[0]).toContain('critical')
    expect(rows.slice(1).every((r) => r.includes('medium'))).toBe(true)
  })

  it('folds a file with more than a few findings into a collapsible block, leaves short ones open', () => {
    expect(text).toMatch(/### terms\.md[^\n]*\n\n<details><summary>30 findings: 10 high, 10 medium, 10 low<\/summary>\n\n\| File/)
    const cookies = text.slice(text.indexOf('### cookies.md'))
    expect(cookies.split('\n').slice(0, 4).join('\n')).not.toContain('<details>')
    expect((text.match(/<details>/g) ?? []).length).toBe((text.match(/<\/details>/g) ?? []).length)
  })

  it('gives every finding a state, never an empty column', () => {
    for (const row of text.split('\n').filter((l) => /^\| (terms|privacy|cookies)\.md/.test(l))) expect(row).toMatch(/\| (open|suppressed \([a-z]+\)) \|$/)
  })
})
