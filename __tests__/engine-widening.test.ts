import { describe, expect, it } from 'vitest'
import { analyze } from '../src/analysis/engine.js'
import { findings } from './helpers/analyze.js'

/*
 * Changes to uses the old version already allowed: each case is written here, in wording of our
 * own, for one way terms widen (or only seem to). Lines are 1-based lines of `after`.
 */
const doc = (...paragraphs: string[]): string => `# Privacy and content terms\n\n${paragraphs.join('\n\n')}\n`
const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length
const flaggedLines = (before: string, after: string): number[] => findings(before, after).filter((f) => f.side === 'after').map((f) => f.startLine)

const INTRO = 'Acme Notes is a note-taking app run by Acme Ltd ("Acme", "we").'
const SUPPORT = 'We answer support requests within two working days.'

describe('an existing use, widened', () => {
  it('from one named model to every model and the products built on them', () => {
    const before = doc(INTRO, 'We may use your Notes to improve the Acme spelling model unless you turn this off in Settings.', SUPPORT)
    const after = doc(INTRO, 'We may use your Notes to train and improve Acme\'s AI models and the products built on them unless you turn this off in Settings.', SUPPORT)
    expect(flaggedLines(before, after)).toContain(lineOf(after, 'We may use your Notes'))
  })

  it('when the plan limit that kept it narrow is dropped', () => {
    const before = doc(INTRO, 'Photos you upload may be used to train our image-search model, but only for members on the Free plan; photos of Business members are excluded.', SUPPORT)
    const after = doc(INTRO, 'Photos you upload may be used to train our image-search model, whatever plan you are on.', SUPPORT)
    const [f] = findings(before, after)
    expect(f).toMatchObject({ side: 'after', startLine: lineOf(after, 'Photos you upload') })
  })

  it('when consent in a purposes table becomes legitimate interests with an objection', () => {
    const table = (basis: string): string => `| Purpose | Data | Legal basis |\n| --- | --- | --- |\n| Recommend notes to read | Your notes and reading history | ${basis} |\n| Keep the app secure | Device data | Legitimate interests |`
    const before = doc(INTRO, table('Consent'))
    const after = doc(INTRO, table('Legitimate interests; you can object in Settings'))
    expect(flaggedLines(before, after)).toContain(lineOf(after, '| Recommend notes'))
  })

  it('when a table cell that said "No" now says yes', () => {
    const table = (pro: string): string => `| Use | Free | Pro |\n| --- | --- | --- |\n| Your notes used to improve our models | Yes | ${pro} |\n| Notes shown to other users | No | No |`
    const before = doc(INTRO, table('No'))
    const after = doc(INTRO, table('Yes, unless you opt out'))
    expect(flaggedLines(before, after)).toContain(lineOf(after, '| Your notes used'))
  })

  it('when a deletion period gives way to open-ended keeping', () => {
    const before = doc(INTRO, 'Voice memos are used only to produce the transcripts you ask for, and are deleted 30 days after upload.', SUPPORT)
    const after = doc(INTRO, 'Voice memos are used only to produce the transcripts you ask for, and are kept for up to five years so that we can improve the service.', SUPPORT)
    expect(flaggedLines(before, after)).toContain(lineOf(after, 'Voice memos'))
  })

  it('when a new recipient and a new purpose are added by a later sentence', () => {
    const before = doc(INTRO, 'We use your reading history to recommend notes to you.', SUPPORT)
    const after = doc(INTRO, 'We use your reading history to recommend notes to you.', 'These uses also extend to our sister companies, which may use the same data to market their own products to you.', SUPPORT)
    expect(flaggedLines(before, after)).toContain(lineOf(after, 'These uses also extend'))
  })

  it('when a new case is listed under an AI-training lead-in, even one that ends without a colon', () => {
    const before = doc(INTRO, 'We may use your Notes to improve our models only when\n\n- you use the Free plan and have not opted out.', SUPPORT)
    const after = doc(INTRO, 'We may use your Notes to improve our models only when\n\n- you use the Free plan and have not opted out.\n- you use the Team plan, whatever your settings.', SUPPORT)
    expect(flaggedLines(before, after)).toContain(lineOf(after, '- you use the Team plan'))
  })

  it('when a carve-out after a semicolon permits any use of what it carves out', () => {
    const before = doc(INTRO, '"Personal Data" means any information that relates to you.', 'We do not sell Personal Data.', SUPPORT)
    const after = doc(INTRO, '"Personal Data" means any information that relates to you.', 'Personal Data does not include Usage Profiles, meaning statistics we derive from your notes; we may use and share Usage Profiles for any purpose.', 'We do not sell Personal Data.', SUPPORT)
    expect(flaggedLines(before, after)).toContain(lineOf(after, 'Personal Data does not include'))
  })

  it('when a negation only qualifies which files are used ("files that do not …")', () => {
    const before = doc(INTRO, SUPPORT)
    const after = doc(INTRO, 'We may use Notes that do not contain anyone\'s contact details to train the models behind Smart Compose.', SUPPORT)
    const [f] = findings(before, after)
    expect(f).toMatchObject({ category: 'ai-training', side: 'after', startLine: lineOf(after, 'We may use Notes that') })
  })

  it('when a later sentence refers back to the licence and extends it', () => {
    const before = doc(INTRO, '## 2. Licence', 'By posting Content, you grant Acme a worldwide, non-exclusive, royalty-free licence to host and display that Content.', '## 3. Removing Content', 'You can delete Content at any time.')
    const after = doc(INTRO, '## 2. Licence', 'By posting Content, you grant Acme a worldwide, non-exclusive, royalty-free licence to host and display that Content.', '## 3. Scope', 'The licence granted in section 2 also extends to Acme\'s affiliates, and it continues after you delete the Content.', '## 4. Removing Content', 'You can delete Content at any time.')
    expect(flaggedLines(before, after)).toContain(lineOf(after, 'The licence granted in section 2'))
  })

  it('when a definition a licence relies on gains members', () => {
    const before = doc(INTRO, '"Memos" means the audio clips you record in the app.', 'You grant Acme a non-exclusive licence to store and transcribe your Memos.', SUPPORT)
    const after = doc(INTRO, '"Memos" means the audio clips you record in the app, the photos and location tags you attach to them, and the names of the people you label.', 'You grant Acme a non-exclusive licence to store and transcribe your Memos.', SUPPORT)
    const [f] = findings(before, after)
    expect(f).toMatchObject({ category: 'broadened-definition', startLine: lineOf(after, '"Memos" means') })
  })

  it('when a promise is restated only conditionally, the removal is still reported', () => {
    const before = doc(INTRO, 'We do not use your Notes to train our models.', 'If you opt out in Settings, we will not use your Notes to train our models.', SUPPORT)
    const after = doc(INTRO, 'If you opt out in Settings, we will not use your Notes to train our models.', SUPPORT)
    expect(findings(before, after).map((f) => `${f.side}:${f.category}`)).toEqual(['before:removed-protection'])
  })
})

describe('changes that add nothing', () => {
  it('an opt-out added to an existing use', () => {
    const before = doc(INTRO, 'We may use your Notes to improve our spelling model.', SUPPORT)
    const after = doc(INTRO, 'We may use your Notes to improve our spelling model unless you opt out in Settings.', SUPPORT)
    expect(findings(before, after)).toEqual([])
  })

  it('a product term renamed throughout the document', () => {
    const before = doc(INTRO, 'You keep ownership of your Voice Memos.', 'You grant Acme a non-exclusive licence to store and transcribe your Voice Memos.', 'We may use short parts of your Voice Memos to train our speech models if you switch this on.')
    const after = doc(INTRO, 'You keep ownership of your Recordings.', 'You grant Acme a non-exclusive licence to store and transcribe your Recordings.', 'We may use short parts of your Recordings to train our speech models if you switch this on.')
    expect(findings(before, after)).toEqual([])
  })

  it('a spelling corrected inside a licence', () => {
    const before = doc(INTRO, 'You grant Acme a non-exclusive, worldwide licence to host and dispaly your Notes.')
    const after = doc(INTRO, 'You grant Acme a non-exclusive, worldwide licence to host and display your Notes.')
    expect(findings(before, after)).toEqual([])
  })

  it('other users named in a licence that already reached the general public', () => {
    const before = doc(INTRO, 'By posting a public Note, you grant Acme a non-exclusive licence to display it to the general public.')
    const after = doc(INTRO, 'By posting a public Note, you grant Acme a non-exclusive licence to display it to the general public, including other users.')
    expect(findings(before, after)).toEqual([])
  })

  it('a purposes table transposed', () => {
    const before = doc(INTRO, '| Plan | Notes used to improve models | Notes shown publicly |\n| --- | --- | --- |\n| Free | Only if you choose | No |\n| Pro | No | No |')
    const after = doc(INTRO, '| Use | Free | Pro |\n| --- | --- | --- |\n| Notes used to improve models | Only if you choose | No |\n| Notes shown publicly | No | No |')
    expect(findings(before, after)).toEqual([])
  })

  it('a licence to the user that continues after they stop using the app', () => {
    const before = doc(INTRO, 'By posting Content, you grant Acme a non-exclusive licence to host that Content.', '## Templates', 'We grant you a perpetual licence to use our templates in your notes.')
    const after = doc(INTRO, 'By posting Content, you grant Acme a non-exclusive licence to host that Content.', '## Templates', 'We grant you a perpetual licence to use our templates in your notes. This licence continues after you stop using the app.')
    expect(findings(before, after)).toEqual([])
  })

  it('invisible characters and look-alike letters in unchanged text', () => {
    const text = (sell: string, train: string): string => doc(INTRO, `We do not ${sell} your personal data.`, `We do not use your Notes to ${train} our models.`, SUPPORT)
    const before = text('sell', 'train')
    // Cyrillic "е" in "sell", a zero-width joiner and a soft hyphen in "train".
    const after = text('s\u0435ll', 'tr\u200dai\u00adn').replace('two working days', 'three working days')
    expect(findings(before, after)).toEqual([])
  })
})

describe('hidden characters in new wording', () => {
  it('read as the letters they show, and said in a note', () => {
    const before = doc(INTRO, SUPPORT)
    const clean = doc(INTRO, 'We may use your Notes to train our machine learning models.', SUPPORT)
    const hidden = doc(INTRO, 'We may use your Notes to tr\u200dain our machine-lea\u200brning mod\u0435ls.', SUPPORT)
    const a = analyze(before, clean)
    const b = analyze(before, hidden)
    expect(b.findings.map((f) => [f.category, f.startLine])).toEqual(a.findings.map((f) => [f.category, f.startLine]))
    expect(b.findings.length).toBeGreaterThan(0)
    expect(b.notes.join('\n')).toMatch(/invisible or look-alike characters .* line 5/)
  })
})
