import { describe, expect, it } from 'vitest'
import { parseDocument } from '../src/markdown/document.js'
import { splitSentences } from '../src/markdown/sentences.js'

const sentences = (text: string): string[] => splitSentences(text).map(([s, e]) => text.slice(s, e))

describe('sentence segmentation', () => {
  it('survives abbreviations, company suffixes, acronyms and section numbers', () => {
    const text =
      'We may share data with partners, e.g. payment processors. Acme Inc. (the "Company") operates in the U.S. and the E.U. under Section 10.4 of these Terms. See No. 5 for details. This is the end.'
    expect(sentences(text)).toEqual([
      'We may share data with partners, e.g. payment processors.',
      'Acme Inc. (the "Company") operates in the U.S. and the E.U. under Section 10.4 of these Terms.',
      'See No. 5 for details.',
      'This is the end.',
    ])
  })

  it('splits at sentence ends followed by a quote, a bracket or a number', () => {
    expect(sentences('It ends here. "Quoted" starts. (Bracketed) too. 2024 was a year.')).toHaveLength(4)
  })

  it('does not treat an enumerator as a sentence', () => {
    expect(sentences('4.6. Except as authorized by us, you agree not to: 1. copy.')).toEqual(['4.6. Except as authorized by us, you agree not to: 1. copy.'])
  })
})

describe('Markdown to clauses', () => {
  it('keeps exact line and column positions through emphasis, links and escapes', () => {
    const source = 'Intro line.\n\nYou **hereby** grant us a [licence](https://x.test) to\nuse \\*Your Content\\*. Second sentence.\n'
    const doc = parseDocument(source)
    const clause = doc.clauses.find((c) => c.text.startsWith('You hereby grant'))
    expect(clause?.text).toBe('You hereby grant us a licence to use *Your Content*.')
    expect(clause).toMatchObject({ startLine: 3, endLine: 4, startColumn: 1 })
    const second = doc.clauses.find((c) => c.text === 'Second sentence.')
    expect(second).toMatchObject({ startLine: 4, endLine: 4, startColumn: 23 })
    expect(source.split('\n')[3]?.slice((second?.startColumn ?? 1) - 1)).toMatch(/^Second sentence\./)
  })

  it('maps text from nodes made without positions (an e-mail autolink after an escape)', () => {
    const source = 'Intro line.\n\nWrite to contract\\_notices@example.com. Notice is received when sent.\n'
    const clauses = parseDocument(source).clauses
    const slice = (i: number): string => {
      const c = clauses[i]
      return c ? source.slice(c.mapped.offsetAt(0), c.mapped.offsetAt(c.text.length - 1) + 1) : ''
    }
    expect(clauses.map((c) => [c.text, c.startLine, c.startColumn])).toEqual([
      ['Intro line.', 1, 1],
      ['Write to contract_notices@example.com.', 3, 1],
      ['Notice is received when sent.', 3, 41],
    ])
    expect(slice(1)).toBe('Write to contract\\_notices@example.com.')
    expect(slice(2)).toBe('Notice is received when sent.')
  })

  it('joins a lead-in ending with a colon to the list that completes it', () => {
    const doc = parseDocument('You agree not to:\n\n- copy the Services;\n- use content to train models.\n\nUnrelated paragraph.\n')
    const items = doc.clauses.filter((c) => c.listed)
    expect(items.map((c) => c.leadIn)).toEqual([['You agree not to:'], ['You agree not to:']])
    expect(doc.clauses.find((c) => c.text === 'Unrelated paragraph.')?.leadIn).toEqual([])
  })

  it('treats enumerated paragraphs after a colon as a list', () => {
    const doc = parseDocument('You agree not to:\n\n(i) copy the Services;\n\n(ii) scrape data.\n\nWe may end your account.\n')
    expect(doc.clauses.map((c) => c.leadIn.length)).toEqual([0, 1, 1, 0])
  })

  it('reads table rows, block quotes, footnotes and HTML as text, and drops tags and comments', () => {
    const source = [
      '| Purpose | Data |',
      '|---|---|',
      '| Model training | Your posts |',
      '',
      '> Quoted **terms** apply.',
      '',
      'See the note.[^1]',
      '',
      '[^1]: The note explains training.',
      '',
      '<p>We <b>may</b> use <!-- hidden --> your data.</p>',
      '',
    ].join('\n')
    const texts = parseDocument(source).clauses.map((c) => `${c.startLine}:${c.kind}:${c.text}`)
    expect(texts).toEqual([
      '1:tableRow:Purpose | Data',
      '3:tableRow:Model training | Your posts',
      '5:paragraph:Quoted terms apply.',
      '7:paragraph:See the note.',
      '9:footnote:The note explains training.',
      '11:html:We may use your data.',
    ])
  })

  it('keeps the heading path of every clause', () => {
    const doc = parseDocument('# Terms\n\n## Content\n\nA clause.\n\n## Privacy\n\nAnother.\n')
    expect(doc.clauses.find((c) => c.text === 'Another.')?.headingPath).toEqual(['Terms', 'Privacy'])
  })

  it('reads front matter values (GitHub shows them as a table) and handles a byte-order mark and CRLF line endings', () => {
    const doc = parseDocument('\ufeff---\ntitle: Terms\n---\r\n\r\nFirst line.\r\nSecond line.\r\n')
    expect(doc.clauses.map((c) => [c.startLine, c.text])).toEqual([
      [2, 'Terms'],
      [5, 'First line.'],
      [6, 'Second line.'],
    ])
  })
})
