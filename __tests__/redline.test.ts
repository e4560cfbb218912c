import { describe, expect, it } from 'vitest'
import { analyze } from '../src/analysis/engine.js'
import { renderFindingComment } from '../src/report/comment.js'
import { centredExcerpt, redline } from '../src/report/redline.js'
import { renderGfm } from './helpers/render-gfm.js'

describe('word-level redline', () => {
  it('strikes what went and bolds what came, once each, with the rest as written', () => {
    const md = redline('We may use your content to provide the Services.', 'We may use your content to provide and improve the Services and to train AI models.', 500)
    const { html } = renderGfm(md)
    expect(html).toContain('<strong>and improve</strong>')
    expect(html).toContain('<del>Services.</del> <strong>Services and to train AI models.</strong>')
    expect(html).not.toMatch(/&amp;#|\\\*|~~/)
  })

  it('centres a long clause on the change, not its first 700 characters', () => {
    const filler = 'The Services are provided as they are, without warranty of any kind. '.repeat(20)
    const md = redline(`${filler}We use your content to provide the Services.`, `${filler}We use your content to provide the Services and for artificial intelligence, training and testing.`, 400)
    expect(md.length).toBeLessThan(520)
    expect(renderGfm(md).text).toContain('artificial intelligence, training and testing')
    expect(md.startsWith('…')).toBe(true)
  })

  it('without a previous version, centres the excerpt on the highlighted words', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(40)}We may use your messages for artificial intelligence, training and testing. ${'Ut enim ad minim. '.repeat(40)}`
    const out = centredExcerpt(text, ['artificial intelligence, training'], 300)
    expect(renderGfm(out).text).toContain('artificial intelligence, training')
    expect(out.length).toBeLessThan(340)
    expect(out.startsWith('…') && out.endsWith('…')).toBe(true)
  })
})

describe('review comments show old → new', () => {
  it('a finding on a changed clause shows the redline of that clause', () => {
    const before = 'You grant us a license to host your content to provide the Services.\n'
    const after = 'You grant us a perpetual, irrevocable license to host your content to provide the Services.\n'
    const [f] = analyze(before, after).findings
    if (!f) throw new Error('expected a finding')
    const { html } = renderGfm(renderFindingComment(f, { text: 'a review' }))
    expect(html).toMatch(/<strong>perpetual, irrevocable<\/strong>/)
    expect(html).toContain('Old → new')
  })
})
