import { describe, expect, it } from 'vitest'
import type { Finding, Severity } from '../src/analysis/types.js'
import { planReview } from '../src/github/plan.js'
import type { FileReport } from '../src/report/model.js'

// Marker ids are 16 hex digits.
const hex = (short: string): string => short.padStart(16, '0')

function finding(id: string, severity: Severity, line: number): Finding {
  return { id: hex(id), category: 'broad-license-grant', severity, side: 'after', startLine: line, endLine: line, excerpt: 'You grant us a perpetual licence.', added: ['perpetual'], message: 'Broader licence.', rule: 'builtin/broader-license-grant', score: 3, highlights: [] }
}

describe('the inline-comment cap', () => {
  it('is filled by severity, not file order: a critical finding in the last file is commented inline', () => {
    const files: FileReport[] = [
      { path: 'a.md', findings: [finding('a1', 'low', 1), finding('a2', 'medium', 2)], notes: [] },
      { path: 'b.md', findings: [finding('b1', 'high', 1)], notes: [] },
      { path: 'z.md', findings: [finding('f1', 'critical', 1)], notes: [] },
    ]
    const patch = '@@ -0,0 +1,2 @@\n+x\n+y\n'
    const patches = new Map(files.map((f) => [f.path, patch]))
    const plan = planReview(files, patches, { threads: [], reviewBodyIds: new Set() }, { text: 'a review' }, 2)
    expect(plan.comments.map((c) => c.findingId).sort()).toEqual([hex('b1'), hex('f1')])
    expect(plan.unanchored.map((u) => u.finding.id)).toEqual([hex('a2'), hex('a1')])
  })
})

describe('one comment per clause', () => {
  it('findings on the same clause share one comment that carries every id; the cap counts comments', async () => {
    const { markedIds } = await import('../src/report/markers.js')
    const ai: Finding = { ...finding('c2', 'critical', 1), category: 'ai-training', rule: 'builtin/ai-training', added: ['AI / machine-learning training'], message: 'New AI-training purpose.' }
    const files: FileReport[] = [{ path: 'a.md', findings: [finding('c1', 'high', 1), ai, finding('c3', 'low', 2)], notes: [] }]
    const plan = planReview(files, new Map([['a.md', '@@ -0,0 +1,2 @@\n+x\n+y\n']]), { threads: [], reviewBodyIds: new Set() }, { text: 'a review' }, 2)
    expect(plan.comments).toHaveLength(2)
    const [clause, other] = plan.comments
    expect(markedIds(clause?.body)).toEqual([hex('c2'), hex('c1')])
    expect(clause?.body).toMatch(/^\*\*🟥 critical · New AI-training purpose\*\*/)
    expect(clause?.body).toMatch(/\*\*Also on this clause:\*\*\n\n- \*\*🟧 high · Broader licence over user content\*\*/)
    expect(markedIds(other?.body)).toEqual([hex('c3')])
    expect(plan.unanchored).toEqual([])
  })
})
