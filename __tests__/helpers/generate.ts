import fc from 'fast-check'

/**
 * Generators of terms documents built from the vocabulary real terms use: licence grants,
 * AI-training statements, negated promises, restrictions on users, definitions and plain text.
 * A document is a list of blocks so that tests can re-wrap, re-order and re-style it.
 */

const SENTENCES = [
  'You grant us a worldwide, non-exclusive, royalty-free license to host and display your content to operate the Services.',
  'By posting User Content, you grant Company a perpetual, irrevocable, sublicensable and transferable license to use, reproduce, modify and distribute it.',
  'We grant you a limited, non-transferable license to use the app.',
  'We may use your personal information to train and improve our machine learning models.',
  'We will not use your private messages to train generative AI models.',
  'You may not scrape the Services or use any content to train artificial intelligence systems.',
  'We do not sell your personal data to third parties.',
  'With your consent, we may share your information with advertising partners.',
  'Our licence to your content ends when you delete it.',
  '"User Content" means any text, images or audio you upload.',
  'These Terms are governed by the laws of Ireland, e.g. consumer law.',
  'Acme Inc. may update these Terms from time to time.',
  'You retain ownership of your content.',
  'We use machine learning to detect spam in reported messages.',
  'Feedback you send may be used by us for any purpose.',
  'To the extent permitted by law, you waive any moral rights in your content.',
  'Payments are non-refundable except as required by law in the U.S. and the E.U.',
  'We may record calls to train our customer service staff.',
]

export interface Paragraph {
  kind: 'paragraph'
  sentences: string[]
}
export interface List {
  kind: 'list'
  leadIn: string
  ordered: boolean
  items: string[]
}
export interface Heading {
  kind: 'heading'
  depth: number
  text: string
}
export interface Table {
  kind: 'table'
  rows: Array<[string, string]>
}
export type GeneratedBlock = Paragraph | List | Heading | Table

const sentence = fc.constantFrom(...SENTENCES)
const headingText = fc.constantFrom('Your Content', 'Privacy', 'Artificial Intelligence', 'Payments', 'General', 'Definitions')

const block: fc.Arbitrary<GeneratedBlock> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('paragraph' as const), sentences: fc.array(sentence, { minLength: 1, maxLength: 4 }) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('list' as const),
      leadIn: fc.constantFrom('We may use your information to:', 'You agree not to:', 'The license you grant is:', 'We do not:'),
      ordered: fc.boolean(),
      items: fc.array(fc.constantFrom('train our AI models;', 'copy the Services;', 'perpetual and irrevocable;', 'sell your data;', 'provide the Services;', 'improve our algorithms;'), { minLength: 1, maxLength: 4 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('heading' as const), depth: fc.integer({ min: 1, max: 3 }), text: headingText }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('table' as const),
      rows: fc.array(fc.tuple(fc.constantFrom('Model training', 'Support', 'Advertising'), fc.constantFrom('Your posts', 'Usage data', 'Your messages')), { minLength: 1, maxLength: 3 }),
    }),
  },
)

/** A document: blocks whose texts are all distinct, so moving one never duplicates another. */
export const documentBlocks: fc.Arbitrary<GeneratedBlock[]> = fc
  .array(block, { minLength: 1, maxLength: 12 })
  .map((blocks) => {
    const seen = new Set<string>()
    return blocks.filter((b) => {
      const key = JSON.stringify(b)
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
  })

export interface Style {
  /** Column at which paragraphs wrap (0 = one line per paragraph). */
  wrap: number
  bullet: '-' | '*' | '+'
  orderedStart: number
  orderedDelimiter: '.' | ')'
  /** Indices of words to emphasise, taken modulo a sentence's length. */
  emphasis: number[]
  strong: boolean
}

export const style: fc.Arbitrary<Style> = fc.record({
  wrap: fc.constantFrom(0, 40, 60, 80, 100),
  bullet: fc.constantFrom('-' as const, '*' as const, '+' as const),
  orderedStart: fc.integer({ min: 1, max: 9 }),
  orderedDelimiter: fc.constantFrom('.' as const, ')' as const),
  emphasis: fc.array(fc.nat(40), { maxLength: 3 }),
  strong: fc.boolean(),
})

function emphasise(text: string, s: Style): string {
  if (s.emphasis.length === 0) return text
  const words = text.split(' ')
  const marker = s.strong ? '**' : '*'
  const picks = new Set(s.emphasis.map((i) => i % words.length))
  return words
    .map((w, i) => {
      if (!picks.has(i)) return w
      // Keep punctuation outside the markers so emphasis never glues onto a list marker.
      const m = /^([\p{L}\p{N}'’-]+)(.*)$/u.exec(w)
      return m ? `${marker}${m[1]}${marker}${m[2]}` : w
    })
    .join(' ')
}

function wrap(text: string, width: number, indent = ''): string {
  if (width === 0) return text
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.join(`\n${indent}`)
}

/** Renders blocks as Markdown in a given style. */
export function render(blocks: readonly GeneratedBlock[], s: Style): string {
  return `${blocks
    .map((b) => {
      switch (b.kind) {
        case 'paragraph':
          return wrap(emphasise(b.sentences.join(' '), s), s.wrap)
        case 'heading':
          return `${'#'.repeat(b.depth)} ${b.text}`
        case 'table':
          return ['| Purpose | Data |', '|---|---|', ...b.rows.map(([a, c]) => `| ${a} | ${c} |`)].join('\n')
        case 'list':
          return [
            wrap(emphasise(b.leadIn, s), s.wrap),
            '',
            ...b.items.map((item, i) => {
              const marker = b.ordered ? `${s.orderedStart + i}${s.orderedDelimiter}` : s.bullet
              return `${marker} ${wrap(emphasise(item, s), s.wrap, ' '.repeat(marker.length + 1))}`
            }),
          ].join('\n')
      }
    })
    .join('\n\n')}\n`
}
