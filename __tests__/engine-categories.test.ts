import { describe, expect, it } from 'vitest'
import { BASE_TERMS, categories, findings } from './helpers/analyze.js'

const edit = (from: string, to: string): string => {
  if (!BASE_TERMS.includes(from)) throw new Error(`fixture lacks: ${from}`)
  return BASE_TERMS.replace(from, to)
}
const insertAfter = (anchor: string, text: string): string => edit(anchor, `${anchor}\n\n${text}`)

describe('broad-license-grant', () => {
  it('reports attributes added to an existing grant, on the changed line', () => {
    const after = edit('a worldwide, non-exclusive, royalty-free license', 'a worldwide, non-exclusive, royalty-free, perpetual, irrevocable and sublicensable license')
    const [f, ...rest] = findings(BASE_TERMS, after)
    expect(rest).toEqual([])
    expect(f).toMatchObject({ category: 'broad-license-grant', side: 'after', startLine: 7, endLine: 7 })
    expect(f?.added).toEqual(expect.arrayContaining(['perpetual', 'irrevocable', 'sublicensable']))
    expect(f?.comparison?.before?.attributes).not.toContain('perpetual')
    expect(f?.comparison?.after.attributes).toContain('perpetual')
  })

  it('reports "all other rights" and new rights verbs', () => {
    const after = edit('license to host, store, reproduce and display Your Content', 'license and all other rights necessary to host, store, reproduce, display, distribute, sell and create derivative works of Your Content')
    const f = findings(BASE_TERMS, after).find((x) => x.category === 'broad-license-grant')
    expect(f?.added).toEqual(expect.arrayContaining(['"all other rights"', 'distribute', 'sell', 'create derivative works']))
  })

  it('reports a new grant over name, likeness and voice', () => {
    const after = insertAfter('solely to provide the Services.', 'You also grant us a perpetual license to use your name, likeness and voice in advertising.')
    const f = findings(BASE_TERMS, after).find((x) => x.category === 'broad-license-grant')
    expect(f).toMatchObject({ side: 'after', startLine: 9 })
    expect(f?.added).toEqual(expect.arrayContaining(['perpetual', 'name, likeness, voice or image']))
  })

  it('reports a moral-rights waiver', () => {
    const after = insertAfter('solely to provide the Services.', 'To the extent permitted by law, you waive any moral rights you may have in Your Content.')
    expect(findings(BASE_TERMS, after).map((f) => f.added).flat()).toContain('moral rights waived')
  })

  it('reports a grant split across bullets', () => {
    const after = edit(
      'By posting Your Content, you grant us a worldwide, non-exclusive, royalty-free license to host, store, reproduce and display Your Content solely to provide the Services.',
      'By posting Your Content, you grant us a license over Your Content that is:\n\n- worldwide and non-exclusive;\n- royalty-free;\n- perpetual and irrevocable; and\n- sublicensable through multiple tiers.',
    )
    const grant = findings(BASE_TERMS, after).filter((f) => f.category === 'broad-license-grant')
    expect(grant.flatMap((f) => f.added)).toEqual(expect.arrayContaining(['perpetual', 'irrevocable', 'sublicensable']))
    expect(grant.every((f) => f.side === 'after' && f.startLine >= 9)).toBe(true)
  })

  it('does not report a licence granted to the user', () => {
    const after = insertAfter('solely to provide the Services.', 'We grant you a personal, worldwide, royalty-free, non-assignable and non-exclusive license to use the software we provide.')
    expect(findings(BASE_TERMS, after)).toEqual([])
  })

  it('does not report a feedback licence, even a perpetual one', () => {
    const after = insertAfter('for any purpose.', 'You grant us a perpetual, irrevocable, sublicensable license to use, modify and commercialize any suggestions you send us.')
    expect(findings(BASE_TERMS, after)).toEqual([])
  })

  it('does not report a grant that was narrowed', () => {
    const after = edit('a worldwide, non-exclusive, royalty-free license to host, store, reproduce and display', 'a non-exclusive, non-transferable license to host and display')
    expect(findings(BASE_TERMS, after)).toEqual([])
  })

  it('does not report a new name for the licensee', () => {
    const before = 'Acme LLC ("Acme") runs the site.\n\nYou grant Acme a perpetual, irrevocable, sublicensable license to use your content.\n'
    const after = 'Bolt LLC ("Bolt") runs the site.\n\nYou grant Bolt a perpetual, irrevocable, sublicensable license to use your content.\n'
    expect(findings(before, after)).toEqual([])
  })
})

describe('ai-training', () => {
  it('reports an AI purpose appended to an existing purpose list, at the new item', () => {
    const before = 'We use your personal information to:\n\n- provide the Services;\n- send you receipts.\n'
    const after = 'We use your personal information to:\n\n- provide the Services;\n- send you receipts;\n- train and improve our machine learning models.\n'
    const [f, ...rest] = findings(before, after)
    expect(rest).toEqual([])
    expect(f).toMatchObject({ category: 'ai-training', side: 'after', startLine: 5, endLine: 5 })
    expect(f?.added).toContain('AI / machine-learning training')
  })

  it('reports AI purposes added to an existing grant (the Zoom case) as critical', () => {
    const before =
      'You grant Zoom a perpetual, worldwide, non-exclusive, royalty-free, sublicensable, and transferable license to use Customer Content for the purpose of providing the Services.\n'
    const after =
      'You grant Zoom a perpetual, worldwide, non-exclusive, royalty-free, sublicensable, and transferable license and all other rights required or necessary to use Customer Content for the purpose of product and service development, marketing, analytics, quality assurance, machine learning, artificial intelligence, training, testing, improvement of the Services.\n'
    const all = findings(before, after)
    const ai = all.find((f) => f.category === 'ai-training')
    expect(ai?.severity).toBe('critical')
    expect(all.find((f) => f.category === 'broad-license-grant')?.added).toContain('"all other rights"')
  })

  it('reports third parties training their own models as more severe', () => {
    const after = insertAfter(
      'to provide customer support.',
      'We may share your content with third-party collaborators who may use it for their own independent purposes, including to train their artificial intelligence models.',
    )
    const f = findings(BASE_TERMS, after).find((x) => x.category === 'ai-training')
    expect(f?.added).toContain('AI training by third parties')
    expect(['high', 'critical']).toContain(f?.severity)
  })

  it('does not report a negated training statement', () => {
    for (const sentence of [
      'We will not use your content to train generative AI models.',
      'Your data is never used to train our machine learning models.',
      'We do not, and will not permit others to, use Your Content to train models.',
      'However, we will not use your prompts to train any language models without your prior consent.',
    ]) {
      expect(findings(BASE_TERMS, insertAfter('to provide customer support.', sentence)), sentence).toEqual([])
    }
  })

  it('does not report a prohibition on the user training on the platform', () => {
    const after = insertAfter(
      'to provide customer support.',
      'You may not:\n\n- scrape the Services;\n- use any content from the Services to train, fine-tune or evaluate machine learning models.',
    )
    expect(findings(BASE_TERMS, after)).toEqual([])
  })

  it('does not report machine learning used only to classify spam', () => {
    const after = insertAfter('to provide customer support.', 'We use machine learning to detect spam in messages that are reported to us.')
    expect(findings(BASE_TERMS, after)).toEqual([])
  })

  it('does not report training of staff', () => {
    const after = insertAfter('to provide customer support.', 'We may record support calls to train our customer service staff.')
    expect(findings(BASE_TERMS, after)).toEqual([])
  })

  it('reports AI training added in a table row', () => {
    const before = '| Purpose | Data |\n|---|---|\n| Support | Your messages |\n'
    const after = '| Purpose | Data |\n|---|---|\n| Support | Your messages |\n| Training our AI models | Your messages and posts |\n'
    const [f] = findings(before, after)
    expect(f).toMatchObject({ category: 'ai-training', startLine: 4 })
  })

  it('reports a purpose given only by the heading of the section', () => {
    const after = '# Terms\n\n## Model training\n\nWe may use your content for the purposes described in this section.\n'
    expect(findings('# Terms\n', after).map((f) => `${f.category}:${f.startLine}`)).toEqual(['ai-training:5'])
  })

  it('does not treat a heading that names AI training as a permission', () => {
    const after = '# Terms\n\n## AI training\n\nWe do not use your data for AI training.\n'
    expect(findings('# Terms\n', after)).toEqual([])
  })

  it('reports a training purpose supplied by a footnote', () => {
    const before = 'We use your content to improve the Services.\n'
    const after = 'We use your content to improve the Services.[^1]\n\n[^1]: Improving the Services includes training our machine learning models on your content.\n'
    const [f] = findings(before, after)
    expect(f).toMatchObject({ category: 'ai-training', startLine: 3 })
  })
})

describe('removed-protection', () => {
  it('reports a deleted no-sale promise on the old side', () => {
    const after = edit('We do not sell your personal information.\n\n', '')
    const [f, ...rest] = findings(BASE_TERMS, after)
    expect(rest).toEqual([])
    expect(f).toMatchObject({ category: 'removed-protection', side: 'before', startLine: 11, endLine: 11 })
    expect(f?.added).toEqual(['commitment not to sell personal data'])
  })

  it('reports "solely to provide the Services" dropped from a grant', () => {
    const after = edit('Your Content solely to provide the Services.', 'Your Content to provide the Services.')
    const f = findings(BASE_TERMS, after).find((x) => x.category === 'removed-protection')
    expect(f).toMatchObject({ side: 'before', startLine: 7 })
  })

  it('reports a consent requirement removed from a disclosure', () => {
    const before = 'With your consent, we will share your information with advertisers.\n'
    const after = 'In accordance with applicable laws, we will share your information with advertisers.\n'
    expect(categories(before, after)).toEqual(['before:removed-protection'])
  })

  it('does not report a protection restated elsewhere in the document', () => {
    const after = edit('We do not sell your personal information.\n\n', '').replace('## 4. Governing law', 'We never sell your personal data to anyone.\n\n## 4. Governing law')
    expect(findings(BASE_TERMS, after)).toEqual([])
  })

  it('does not report a negated training promise turning into a permission as anything but a change', () => {
    const before = 'We do not use your content to train our AI models.\n'
    const after = 'We use your content to train our AI models.\n'
    expect(categories(before, after).sort()).toEqual(['after:ai-training', 'before:removed-protection'])
  })

  it('does not report an opt-out added to an existing clause', () => {
    const before = 'We use your posts to train our machine learning models.\n'
    const after = 'We use your posts to train our machine learning models, unless you opt out in your settings.\n'
    expect(findings(before, after)).toEqual([])
  })
})

describe('broadened-definition', () => {
  const before = '"User Content" means the text and images you post.\n\nYou grant us a perpetual license to use User Content.\n'

  it('reports a definition a grant relies on made wider, at the definition', () => {
    const after = '"User Content" means the text and images you post, your messages, voice recordings and any other data derived from them.\n\nYou grant us a perpetual license to use User Content.\n'
    const [f, ...rest] = findings(before, after)
    expect(rest).toEqual([])
    expect(f).toMatchObject({ category: 'broadened-definition', side: 'after', startLine: 1 })
    expect(f?.added).toEqual(expect.arrayContaining(['messages and communications', 'data derived from it']))
  })

  it('reports a carve-out that takes data out of a protected definition', () => {
    const b = '"Customer Content" means data you upload.\n\nWe use Customer Content only to provide the Services, and you grant us a license to host Customer Content.\n'
    const a = '"Customer Content" means data you upload, but does not include Service Generated Data.\n\nWe use Customer Content only to provide the Services, and you grant us a license to host Customer Content.\n'
    expect(categories(b, a)).toEqual(['after:broadened-definition'])
  })

  it('does not report a defined term renamed without widening', () => {
    const after = '"Member Content" means the text and images you post.\n\nYou grant us a perpetual license to use Member Content.\n'
    expect(findings(before, after)).toEqual([])
  })
})
