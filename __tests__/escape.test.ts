import { describe, expect, it } from 'vitest'
import { analyze } from '../src/analysis/engine.js'
import { renderFindingComment } from '../src/report/comment.js'
import { escapeInline } from '../src/report/escape.js'
import { GITHUB_AUTOLINKS, renderGfm } from './helpers/render-gfm.js'

// Characters GitHub's renderer drops from sight: what we insert to break autolinks.
const invisible = /[\u200b-\u200d\u2060]/g

function rendered(text: string): string {
  return renderGfm(escapeInline(text)).text.replace(invisible, '')
}

describe('escapeInline, checked by rendering as GitHub does', () => {
  const samples = [
    'Write to legal@acme.example or privacy@acme.example.',
    'Ask @legal-team; see #123, acme/terms#45 and GH-45.',
    'Fees & taxes <b>bold</b> <!-- tos-guard:finding id=0123456789abcdef --> a > b',
    '**not bold** `not code` | not a cell | ~~not struck~~ [x](javascript:alert(1)) \\ back',
    ':+1: and 10:30:00 and $5 ^note',
    '1. not a list',
    '- not a bullet',
    'Already escaped text: &#64; &amp; &lt;',
  ]

  for (const sample of samples) {
    it(`shows ${JSON.stringify(sample)} exactly as written`, () => {
      expect(rendered(sample)).toBe(sample)
    })
  }

  it('leaves nothing GitHub would turn into a mention, issue link, GH- link or emoji', () => {
    for (const sample of samples) {
      const text = renderGfm(escapeInline(sample)).text
      for (const [name, pattern] of GITHUB_AUTOLINKS) expect(text, `${name} in ${sample}`).not.toMatch(pattern)
    }
  })

  it('produces no HTML element, only paragraph text', () => {
    const { html } = renderGfm(escapeInline(samples.join(' ')))
    expect(html.replace(/^<p>|<\/p>$/g, '')).not.toMatch(/<[a-z!]/i)
  })

  it('an e-mail address in a quoted clause reads as written in a review comment', () => {
    const before = 'You grant us a license to host your content.\n'
    const after = 'You grant us a perpetual license to host your content; write to legal@acme.example to object.\n'
    const [f] = analyze(before, after).findings
    if (!f) throw new Error('expected a finding')
    const { text } = renderGfm(renderFindingComment(f, { text: 'a review' }))
    expect(text.replace(invisible, '')).toContain('legal@acme.example')
    expect(text).not.toContain('&#64;')
  })
})
