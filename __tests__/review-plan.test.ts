import { describe, expect, it } from 'vitest'
import type { Finding, Severity } from '../src/analysis/types.js'
import { planReview } from '../src/github/plan.js'
import type { FileReport } from '../src/report/model.js'

function finding(id: string, severity: Severity, line: number): Finding {
  return { id, category: 'broad-license-grant', severity, side: 'after', startLine: line, endLine: line, excerpt: 'You grant us a perpetual licence.', added: ['perpetual'], message: 'Broader licence.', rule: 'builtin/broader-license-grant', score: 3, highlights: [] }
}

describe('the inline-comment cap', () => {
  it('is filled by severity, not file order: a critical finding in the last file is commented inline', () => {
    const files: FileReport[] = [
      { path: 'a.md', findings: [finding('a1', 'low', 1), finding('a2', 'medium', 2)], notes: [] },
      { path: 'b.md', findings: [finding('b1', 'high', 1)], notes: [] },
      { path: 'z.md', findings: [finding('z1', 'critical', 1)], notes: [] },
    ]
    const patch = '@@ -0,0 +1,2 @@\n+x\n+y\n'
    const patches = new Map(files.map((f) => [f.path, patch]))
    const plan = planReview(files, patches, { threads: [], reviewBodyIds: new Set() }, { text: 'a review' }, 2)
    expect(plan.comments.map((c) => c.findingId).sort()).toEqual(['b1', 'z1'])
    expect(plan.unanchored.map((u) => u.finding.id)).toEqual(['a2', 'a1'])
  })
})
