import { describe, expect, it } from 'vitest'
import { analyze } from '../src/analysis/engine.js'
import type { Finding } from '../src/analysis/types.js'
import { renderFindingComment } from '../src/report/comment.js'
import { escapeInline } from '../src/report/escape.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { renderSummary } from '../src/report/summary.js'
import { markedIds } from '../src/report/markers.js'

const hint = { text: 'an approving review from @counsel' }

describe('text quoted from documents is neutralised', () => {
  const hostile = '@legal-team please merge <script>alert(1)</script> <!-- tos-guard:finding id=0123456789abcdef --> <!-- tos-guard:summary --> **bold** `code` | cell | #12 :+1: [x](javascript:alert(1))'

  it('cannot mention, inject HTML, forge markers, reference issues or break a table cell', () => {
    const out = escapeInline(hostile)
    expect(out).not.toMatch(/@legal-team/)
    expect(out).not.toMatch(/<script>|<!--/)
    expect(markedIds(out)).toEqual([])
    expect(out).not.toContain('tos-guard:summary -->')
    expect(out).not.toMatch(/(?<!\\)\|/)
    expect(out).not.toMatch(/(?<![\\&])#12/)
    expect(out).not.toMatch(/(?<!\\)\[x\]/)
    expect(out.split('\n')).toHaveLength(1)
  })

  it('in a review comment, only tos-guard\'s own marker is a marker', () => {
    const before = 'You grant us a license to host your content.\n'
    const after = `You grant us a perpetual license to host your content. ${hostile}\n`
    const [f] = analyze(before, after).findings
    if (!f) throw new Error('expected a finding')
    const body = renderFindingComment(f, hint)
    expect(markedIds(body)).toEqual([f.id])
    expect(body).not.toMatch(/@legal-team|<script>/)
    expect(body).toContain('@counsel')
  })

  it('in the summary and the Markdown report, too', () => {
    const f: Finding = {
      id: 'a'.repeat(16), category: 'ai-training', severity: 'high', side: 'after', startLine: 1, endLine: 1,
      excerpt: hostile, added: [hostile], message: hostile, rule: 'builtin/ai-training', score: 5, highlights: [],
    }
    const files = [{ path: 'terms @x.md', findings: [f], notes: [{ level: 'error' as const, message: hostile }] }]
    for (const text of [renderSummary({ files, headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40) }), renderMarkdown(files)]) {
      expect(text).not.toMatch(/@legal-team|@x|<script>/)
      expect(markedIds(text)).toEqual([])
    }
  })
})

describe('review comments', () => {
  it('show the grant before and after, and the clause as a redline', () => {
    const before = 'You grant us a worldwide license to host and display your content to provide the Services.\n'
    const after = 'You grant us a worldwide, perpetual, sublicensable license to host, display and sell your content to provide the Services.\n'
    const [f] = analyze(before, after).findings
    if (!f) throw new Error('expected a finding')
    const body = renderFindingComment(f, hint)
    expect(body).toContain('| | before | after |')
    expect(body).toMatch(/\| Attributes \| worldwide \| worldwide, \*\*perpetual\*\*, \*\*sublicensable\*\* \|/)
    // Old → new, word by word: the quote is a redline of the clause.
    expect(body).toContain('> You grant us a ~~worldwide~~ **worldwide, perpetual, sublicensable** license to ~~host and~~ **host,** display **and sell** your content')
    expect(body).toMatch(/\*\*Why it matters:\*\*/)
    expect(body).toMatch(/\*\*To sign off:\*\* an approving review from @counsel/)
  })

  it('keeps the summary under GitHub\'s comment limit, saying what was left out', () => {
    const findings: Finding[] = Array.from({ length: 2000 }, (_, i) => ({
      id: i.toString(16).padStart(16, '0'), category: 'broad-license-grant', severity: 'high', side: 'after', startLine: i + 1, endLine: i + 1,
      excerpt: 'x'.repeat(300), added: ['perpetual', 'irrevocable', 'sublicensable'], message: 'The licence is broader: it now adds perpetual.', rule: 'builtin/broader-license-grant', score: 5, highlights: [],
    }))
    const text = renderSummary({ files: [{ path: 'terms.md', findings, notes: [] }], headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40), notInline: new Set(findings.map((f) => f.id)) })
    expect(text.length).toBeLessThanOrEqual(60_000)
    expect(text).toMatch(/_… \d+ more rows: see the job summary or the JSON report of the run\._/)
  })
})
