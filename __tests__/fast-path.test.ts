import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDocument, type ChunkCache } from '../src/markdown/document.js'
import { mayUseGfm, parseMarkdown } from '../src/markdown/parse.js'
import { expectFastPathHolds, expectSameClauses, expectSameFindings, view, withGfm, type Pair } from './helpers/fast-path.js'
import { documentBlocks, render, style } from './helpers/generate.js'

/*
 * The fast path (read only changed chunks and chunks with analysis vocabulary, parse runs of
 * chunks, reuse chunks the other version already read, leave GFM out where it cannot apply) must
 * give exactly the findings of parsing both documents whole: checked on the golden fixtures, the
 * example, generated documents and the constructs that carry state from one block to the next.
 * corpus/fast-path.test.ts (npm run test:corpus) checks the same on the whole labelled corpus.
 */

function pairsIn(root: string): Pair[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'before.md')))
    .map((d) => ({ name: d.name, before: readFileSync(join(root, d.name, 'before.md'), 'utf8'), after: readFileSync(join(root, d.name, 'after.md'), 'utf8') }))
}

const golden = pairsIn(join(import.meta.dirname, 'fixtures', 'golden'))
const example = pairsIn(join(import.meta.dirname, '..', 'examples')).map((p) => ({ ...p, name: `examples/${p.name}` }))

describe('fast path gives the findings of a whole parse', () => {
  it.each([...golden, ...example].map((p) => [p.name, p] as const))('%s', (_, p) => expectFastPathHolds(p))

  it('on generated documents and their edits', () => {
    fc.assert(
      fc.property(documentBlocks, documentBlocks, style, (a, b, s) => {
        const before = render(a, s)
        const after = render([...a.slice(0, 2), ...b, ...a.slice(2)], s)
        expectSameFindings({ name: 'generated', before, after })
        expectSameClauses({ name: 'generated', before, after })
      }),
      { numRuns: Number(process.env.TOS_GUARD_PROPERTY_RUNS ?? 150) },
    )
  })

  it('a licence reference across a heading reaches as far whichever clauses were read (a counterexample fast-check found)', () => {
    // Counted in clauses, the reach changed when an unchanged clause without vocabulary was left unread.
    const [a, b, s] = JSON.parse(String.raw`[[{"kind":"paragraph","sentences":["You grant us a worldwide, non-exclusive, royalty-free license to host and display your content to operate the Services."]},{"kind":"list","leadIn":"We may use your information to:","ordered":false,"items":["train our AI models;","train our AI models;","train our AI models;","train our AI models;"]},{"kind":"paragraph","sentences":["We may use your personal information to train and improve our machine learning models.","These Terms are governed by the laws of Ireland, e.g. consumer law."]},{"kind":"heading","depth":1,"text":"Your Content"},{"kind":"paragraph","sentences":["Feedback you send may be used by us for any purpose."]},{"kind":"paragraph","sentences":["We will not use your private messages to train generative AI models.","You retain ownership of your content.","You retain ownership of your content."]},{"kind":"list","leadIn":"The license you grant is:","ordered":false,"items":["train our AI models;","train our AI models;","train our AI models;"]}],[{"kind":"list","leadIn":"We may use your information to:","ordered":false,"items":["perpetual and irrevocable;"]}],{"wrap":0,"bullet":"-","orderedStart":1,"orderedDelimiter":".","emphasis":[],"strong":false}]`) as [Parameters<typeof render>[0], Parameters<typeof render>[0], Parameters<typeof render>[1]]
    const before = render(a, s)
    const after = render([...a.slice(0, 2), ...b, ...a.slice(2)], s)
    expectSameFindings({ name: 'reference across a heading', before, after })
  })

  it('keeps a lead-in with what completes it, past markup, images, comments, definitions and tables', () => {
    // {X} marks the item that changes: it is read apart from its unchanged lead-in.
    const pieces = [
      'We may use your content to:\n\n**(a)** operate the service;\n\n**(b)** train our models{X}.\n',
      'You grant us a licence to:\n\n(a) host your content;\n\n![logo](logo.png)\n\n(b) display it{X}.\n',
      'You agree that we may:\n\n(i) copy your posts;\n\n<!-- drafting note -->\n\n(ii) sublicense them{X}.\n',
      'We will not:\n\n(a) sell your data;\n\n[terms]: https://example.com/terms\n\n(b) train on it{X}.\n',
      'The licence covers:\n\n(a) photos;\n\n| Item | Use |\n| --- | --- |\n| Voice | Training{X} |\n',
      'Our rights include the following:\n\n(a) local use;\n\n```\n(b) worldwide use{X}\n```\n',
      '**We may:**\n\n<b>(a)</b> analyse your files;\n\n[(b)](#b) improve our AI{X}.\n',
    ]
    for (const piece of pieces) {
      const doc = (x: string): string => `# Terms\n\nPayments are due monthly.\n\n${piece.replace('{X}', x)}\nDisputes go to court.\n`
      const before = doc('')
      const after = doc(', perpetually and for the full term of copyright')
      expectSameClauses({ name: piece, before, after })
      expectSameClauses({ name: piece, before: after, after: before })
      expectSameFindings({ name: piece, before, after })
    }
  })

  it('reads headings inside block quotes and list items, whatever else is skipped', () => {
    const doc = (x: string): string => `# Terms\n\nPayments are due${x}.\n\n> ## Quoted heading\n\nYou grant us a perpetual licence to your content.\n\n- ## Listed heading\n\nWe may train models on it.\n`
    expectSameFindings({ name: 'nested headings', before: doc(''), after: doc(' monthly') })
    const fast = parseDocument(doc(''), { select: (t) => /licence|train/.test(t) })
    expect(fast.clauses.find((c) => c.text.startsWith('You grant'))?.headingPath).toEqual(['Terms', 'Quoted heading'])
  })

  it('replays the heading path of a chunk reused under another section, and empty headings', () => {
    const body = 'You grant us a perpetual licence to your content.\n\n## \n\nWe may train models on it.\n'
    const before = `# Terms\n\n## Old section\n\n${body}`
    const after = `# Terms\n\n## New section\n\n### Deeper\n\n${body}`
    const cache: ChunkCache = new Map()
    parseDocument(after, { select: () => true, cache })
    const chunked = parseDocument(before, { select: () => true, cache })
    expect(chunked.clauses.map(view)).toEqual(parseDocument(before).clauses.map(view))
    expect(chunked.clauses.find((c) => c.text.startsWith('We may train'))?.headingPath).toEqual(['Terms'])
  })
})

describe('GFM is left out only where it cannot apply', () => {
  it('reads again with GFM when the tree shows what the text hid', () => {
    // The destination-like text is no link destination here: GFM makes it a literal autolink.
    for (const text of ['see ](http://example.com) here\n', 'note[^1]\n\n[^1]: /x\n', '- [x] done\n\n[x]: /url\n']) {
      expect(parseMarkdown(text), text).toEqual(withGfm.parse(text))
    }
    expect(JSON.stringify(parseMarkdown('see ](http://example.com) here\n'))).toContain('"type":"link"')
  })

  it('is used for every construct it adds', () => {
    for (const text of ['| a | b |\n| - | - |\n| 1 | 2 |\n', 'a ~~b~~ c\n', 'a[^1]\n\n[^1]: b\n', '- [x] done\n', 'mail a@b.co\n', 'see www.example.com\n', 'see HTTPS://example.com\n', '---\ntitle: x\n---\n\nText\n']) {
      expect(mayUseGfm(text), text).toBe(true)
    }
  })
})
