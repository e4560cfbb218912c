import { describe, expect, it } from 'vitest'
import { analyze } from '../src/analysis/engine.js'
import { expectFastPathHolds } from './helpers/fast-path.js'

/*
 * Text that is published must be read as text in force, wherever Markdown puts it: a clause the
 * analysis skips but GitHub or a site generator shows is a clause slipped past the gate. And text
 * that is not published (HTML comments) stays unread; where the reading cannot tell (a comment
 * left open where its HTML block ends, which hides the Markdown after it), the new version gets an
 * error note: never green.
 *
 * Each case hides a broad licence with an AI-training purpose and expects both findings on the
 * line that holds it, on the fast path and the whole parse alike.
 */
const GRANT = 'You grant us a perpetual, irrevocable, sublicensable licence to use your content to train our AI models.'
const PROTECTION = 'We will never sell your personal data.'
const INTRO = '# Terms\n\nWelcome to Acme.\n\n'
const OUTRO = '\n\nContact us at any time.\n'
const BEFORE = `${INTRO}Payments are due monthly.${OUTRO}`
const doc = (hidden: string): string => `${INTRO}Payments are due monthly.\n\n${hidden}${OUTRO}`
// The hidden text starts on line 7 of doc().
const AT = 7

function flagged(after: string): Array<[string, number]> {
  const seen: Array<[string, number]> = []
  for (const fast of [true, false]) {
    const r = analyze(BEFORE, after, { fast })
    seen.push(...r.findings.filter((f) => f.side === 'after').map((f): [string, number] => [`${fast ? 'fast' : 'whole'} ${f.category}`, f.startLine]))
  }
  return seen
}

function expectFlaggedAt(after: string, line: number, categories = ['ai-training', 'broad-license-grant']): void {
  const expected: Array<[string, number]> = []
  for (const path of ['fast', 'whole']) for (const c of categories) expected.push([`${path} ${c}`, line])
  expect(flagged(after)).toEqual(expect.arrayContaining(expected))
  // Unchanged, the same text is the accepted baseline; and both paths read it alike.
  expect(analyze(after, after).findings).toEqual([])
  expectFastPathHolds({ name: after, before: BEFORE, after })
}

describe('published text is read (already so: guards)', () => {
  const cases: Record<string, [string, number]> = {
    'a fenced code block': ['```\n' + GRANT + '\n```', AT + 1],
    'a tilde fence with a language': ['~~~text\n' + GRANT + '\n~~~', AT + 1],
    'an indented code block': ['    ' + GRANT, AT],
    'a fence inside a list item': ['- Note:\n\n  ```\n  ' + GRANT + '\n  ```', AT + 3],
    'an HTML <p>': ['<p>' + GRANT + '</p>', AT],
    'an HTML <div> block': ['<div>\n' + GRANT + '\n</div>', AT + 1],
    'a collapsed <details> body': ['<details>\n<summary>More</summary>\n\n' + GRANT + '\n\n</details>', AT + 3],
    'a <summary>': ['<details><summary>' + GRANT + '</summary>More.</details>', AT],
    'an HTML <table>': ['<table>\n<tr><td>' + GRANT + '</td></tr>\n</table>', AT + 1],
    'a footnote definition': ['See the note.[^1]\n\n[^1]: ' + GRANT, AT + 2],
    'a block quote': ['> ' + GRANT, AT],
    'a list in a table cell': ['| Terms |\n| --- |\n| <ul><li>' + GRANT + '</li></ul> |', AT + 2],
    'display math (the sentence starts at "$$")': ['$$\n' + GRANT + '\n$$', AT],
    'an <iframe> fallback': ['<iframe>' + GRANT + '</iframe>', AT],
    'text after a closed comment': ['<!-- drafting note --> ' + GRANT, AT],
  }
  for (const [name, [hidden, line]] of Object.entries(cases)) it(name, () => expectFlaggedAt(doc(hidden), line))
})

describe('published text the reading skipped', () => {
  const cases: Record<string, [string, number]> = {
    // CommonMark makes the rest of a fence's first line its info string; renderers without
    // fences, and those that show it as the block's title, publish it.
    'the info string of a ``` fence': ['```' + GRANT + '\nprint("hi")\n```', AT],
    'the info string of an unclosed ``` fence': ['```' + GRANT, AT],
    'the info string of a ~~~ fence': ['~~~ ' + GRANT + '\n~~~', AT],
    // Shown when the image does not load, and read out by screen readers.
    'an image\'s alt text': ['![' + GRANT + '](https://example.com/banner.png)', AT],
    'a reference image\'s alt text': ['![' + GRANT + '][banner]\n\n[banner]: https://example.com/banner.png', AT],
    'an <img alt>': ['<img src="banner.png" alt="' + GRANT + '">', AT],
    // Shown as a tooltip.
    'a link title': ['Read [our terms](https://example.com/terms "' + GRANT + '").', AT],
    'a link definition\'s title': ['Read [our terms][t].\n\n[t]: https://example.com/terms\n  "' + GRANT + '"', AT + 3],
    'a title attribute': ['<abbr title="' + GRANT + '">Licence</abbr> applies.', AT],
    // HTML ends a comment at "<!-->", "<!--->" and "--!>" as well as "-->".
    'text after an empty comment <!-->': ['<!--> ' + GRANT, AT],
    'text after an empty comment <!--->': ['<!---> ' + GRANT, AT],
    'text after a comment closed with --!>': ['<!-- drafting note --!> ' + GRANT, AT],
    // Outside SVG, CDATA is a bogus comment that ends at the first ">"; inside SVG its text shows.
    'a CDATA section': ['<div><![CDATA[' + GRANT + ']]></div>', AT],
    // A quote is an attribute value's only where a value starts: here it is part of a name.
    'text after a tag with a quote in an attribute name': ['<div>\n<b data-x"y>' + GRANT + ' "</b>\n</div>', AT + 1],
  }
  for (const [name, [hidden, line]] of Object.entries(cases)) it(name, () => expectFlaggedAt(doc(hidden), line))

  it('a --- block in the middle of a document (the fast path read it as front matter)', () => {
    // A rule and a heading, as in a whole parse: headings state no AI use, the grant is flagged.
    expectFlaggedAt(doc('---\nnote: ' + GRANT + '\n---'), AT + 1, ['broad-license-grant'])
  })

  it('YAML front matter, which GitHub shows as a table above the document', () => {
    expectFlaggedAt(`---\ntitle: Terms\ndescription: ${GRANT}\n---\n${BEFORE}`, 3)
    expectFlaggedAt(`---\ntitle: Terms\nsummary: >\n  ${GRANT}\n---\n${BEFORE}`, 4)
  })

  it('TOML front matter', () => {
    expectFlaggedAt(`+++\ntitle = "Terms"\ndescription = "${GRANT}"\n+++\n${BEFORE}`, 3)
  })

  it('keeps positions: the finding points at the words, not the construct', () => {
    const after = doc('Read [our terms](https://example.com/terms\n"' + GRANT + '").')
    const finding = analyze(BEFORE, after).findings.find((f) => f.category === 'broad-license-grant')
    expect(finding).toMatchObject({ startLine: AT + 1, endLine: AT + 1 })
    const perpetual = finding?.highlights.find((h) => h.text === 'perpetual')
    expect(perpetual && after.split('\n')[AT]?.slice(perpetual.startColumn - 1, perpetual.endColumn - 1)).toBe('perpetual')
  })
})

describe('text that is not published stays unread', () => {
  const cases: Record<string, string> = {
    'an HTML comment': '<!-- ' + GRANT + ' -->',
    'a comment over several lines': '<!--\n' + GRANT + '\n-->',
    'an inline comment': 'Payments are final. <!-- ' + GRANT + ' -->',
    'a comment never closed (it hides the rest of the document)': '<!-- ' + GRANT,
    'a <script>': '<script>\n// ' + GRANT + '\n</script>',
    'struck text': '<del>' + GRANT + '</del>',
  }
  for (const [name, hidden] of Object.entries(cases)) {
    it(name, () => {
      expect(flagged(doc(hidden))).toEqual([])
    })
  }
})

describe('a comment left open where its HTML block ends', () => {
  // The block ends at the blank line; the comment does not: browsers hide what follows up to a
  // "-->" in later raw HTML, though the Markdown reading shows it.
  const hiding = (what: string): string => `${INTRO}Payments are due monthly.\n\n<div>\n${what}\n</div>\n\n${PROTECTION}\n\nContact us at any time.\n`

  for (const [name, opener] of [['a comment', '<!-- drafting note'], ['a <script>', '<script>'], ['a <style>', '<style>']] as const) {
    it(`${name}: the new version gets an error note naming the line`, () => {
      const before = hiding('Our commitments:')
      const after = hiding(opener)
      for (const fast of [true, false]) {
        const r = analyze(before, after, { fast })
        expect(r.unread ?? [], `${name} (${fast ? 'fast' : 'whole'})`).toEqual([expect.stringMatching(/^new version: .*line 8.*hide/)])
      }
      // In the old version it is said, but it does not stop a fix.
      const fixed = analyze(after, before)
      expect(fixed.unread).toBeUndefined()
      expect(fixed.notes).toEqual([expect.stringMatching(/^old version: .*line 8/)])
    })
  }

  it('an inline <script> left open in a paragraph: "</p>" does not end raw text', () => {
    const after = `${INTRO}Payments are due monthly. <script>\n\n${PROTECTION}\n\nContact us at any time.\n`
    for (const fast of [true, false]) expect(analyze(`${INTRO}Payments are due monthly.\n\n${PROTECTION}\n\nContact us at any time.\n`, after, { fast }).unread).toEqual([expect.stringMatching(/^new version: a <script> on line 5 /)])
    // A struck element is closed by the paragraph's end: nothing after it is struck.
    expect(analyze(BEFORE, `${INTRO}Payments are due <del>monthly.\n\n${PROTECTION}\n`).unread).toBeUndefined()
  })

  it('a comment that runs to the end of the document hides nothing the reading shows', () => {
    const after = `${INTRO}Payments are due monthly.\n\n<div>\n<!-- drafting note\n</div>\n\n`
    expect(analyze(BEFORE, after).unread).toBeUndefined()
    expect(analyze(BEFORE, doc('<div>\n<!-- drafting note\n</div>')).unread).toEqual([expect.stringMatching(/^new version: a comment on line 8 /)])
  })
})
