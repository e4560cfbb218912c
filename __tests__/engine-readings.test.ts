import { describe, expect, it } from 'vitest'
import { findings } from './helpers/analyze.js'

/*
 * Readings added after scoring fresh revisions written blind (batches c- and d- of
 * __tests__/fixtures/unseen): each case is in wording of our own, with a quiet companion that
 * must stay quiet. Lines are 1-based lines of the side the finding is on.
 */
const doc = (...paragraphs: string[]): string => `# Privacy notice\n\n${paragraphs.join('\n\n')}\n`
const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length

const INTRO = 'Bramble Health runs the Bramble app ("Bramble", "we").'
const CONTACT = 'Write to privacy@bramble.example with any question.'

describe('a promise replaced by its contradiction', () => {
  const before = doc(INTRO, '## California', 'You may ask us what we sold in the last 12 months. Bramble does not sell personal information. If that changes, we will tell you first.', '## Nevada', 'We do not sell covered information as Nevada law defines it.', CONTACT)

  it('is a removal even when a narrower promise survives elsewhere', () => {
    const after = doc(INTRO, '## California', 'You may ask us what we sold in the last 12 months. We may disclose your personal information to ad networks in a way that could be deemed a sale under state law. If that changes, we will tell you first.', '## Nevada', 'We do not sell covered information as Nevada law defines it.', CONTACT)
    const removed = findings(before, after).filter((f) => f.category === 'removed-protection')
    expect(removed.map((f) => [f.side, f.startLine])).toContainEqual(['before', lineOf(before, 'Bramble does not sell')])
  })

  it('is not a removal when the sentence is only reworded', () => {
    const after = doc(INTRO, '## California', 'You may ask us what we sold in the last 12 months. Bramble never sells personal information. If that changes, we will tell you first.', '## Nevada', 'We do not sell covered information as Nevada law defines it.', CONTACT)
    expect(findings(before, after)).toEqual([])
  })
})

describe('AI readings', () => {
  it('data sent to AI providers is an AI use', () => {
    const before = doc(INTRO, 'We share your health logs with the clinic you choose.', CONTACT)
    const after = doc(INTRO, 'We share your health logs with the clinic you choose.', 'To power smart summaries, we may share your health logs and messages with our AI partners.', CONTACT)
    const [f] = findings(before, after)
    expect(f).toMatchObject({ category: 'ai-training', side: 'after', startLine: lineOf(after, 'To power smart summaries') })
  })

  it('data put through AI tools to build products is an AI use; AI that only answers the user is not', () => {
    const before = doc(INTRO, CONTACT)
    const develop = doc(INTRO, 'We may process your personal information using machine learning tools to develop new features and services.', CONTACT)
    const answer = doc(INTRO, 'We may process your messages using machine learning tools to answer your questions faster.', CONTACT)
    expect(findings(before, develop).map((f) => f.category)).toContain('ai-training')
    expect(findings(before, answer)).toEqual([])
  })

  it('a condition "if a customer does not want …" does not turn an opt-out into a promise', () => {
    const before = doc(INTRO, 'If a customer does not want its workspace data used to train shared models, its administrator can email us to opt out.', CONTACT)
    const after = doc(INTRO, 'If a customer does not want its workspace data used to train shared models, its administrator can switch this off in Settings.', CONTACT)
    expect(findings(before, after)).toEqual([])
  })

  it('an existing AI use spelt out as AI in an example widens it', () => {
    const clause = (example: string): string => `To provide the Services, we will copy your User Content to our servers, to resize images, to train our software tools${example}, and to keep backups.`
    const before = doc(INTRO, clause(''), CONTACT)
    const after = doc(INTRO, clause(' (for example machine learning models)'), CONTACT)
    expect(findings(before, after).map((f) => [f.category, f.startLine])).toContainEqual(['ai-training', lineOf(after, 'To provide the Services')])
  })
})

describe('promises and their conditions', () => {
  it('a deleted "we do not share your data with third parties" is a removed protection', () => {
    const before = doc(INTRO, 'We use hosting and payment providers, who may use your data only to serve us.', 'We do not share your personal data with third parties for their own purposes.', CONTACT)
    const after = doc(INTRO, 'We use hosting and payment providers, who may use your data only to serve us.', CONTACT)
    expect(findings(before, after).map((f) => [f.category, f.side, f.startLine])).toContainEqual(['removed-protection', 'before', lineOf(before, 'We do not share')])
  })

  it('"because this data does not identify you" does not negate the permission that follows', () => {
    const before = doc(INTRO, 'We may create de-identified data from what we collect. We use it only for internal analysis.', CONTACT)
    const after = doc(INTRO, 'We may create de-identified data from what we collect. Because this data does not identify you, we may use and disclose it for any lawful purpose.', CONTACT)
    expect(findings(before, after).map((f) => f.startLine)).toContain(lineOf(after, 'Because this data'))
  })
})

describe('tables', () => {
  it('a cell under a negating column header is a promise, not a use', () => {
    const before = doc(INTRO, '- We do not sell Health Data.', '- We never use Health Data for advertising.', CONTACT)
    const after = doc(INTRO, '| We do | We never |\n| --- | --- |\n| Use Health Data to run the app | Use Health Data for advertising |\n| Delete Health Data when you ask | Sell Health Data to anyone |', CONTACT)
    expect(findings(before, after)).toEqual([])
  })

  it('a retention period that becomes open-ended is a removed protection', () => {
    const table = (voice: string): string => `| Data | How long we keep it |\n| --- | --- |\n| Your voice notes | ${voice} |\n| Invoices | 7 years |`
    const before = doc(INTRO, table('Deleted 14 days after upload'), CONTACT)
    const after = doc(INTRO, table('Kept as long as necessary to improve the app'), CONTACT)
    const shorter = doc(INTRO, table('Deleted 7 days after upload'), CONTACT)
    expect(findings(before, after).map((f) => [f.category, f.startLine])).toContainEqual(['removed-protection', lineOf(after, '| Your voice notes')])
    expect(findings(before, shorter)).toEqual([])
  })

  it('a licence restated as a table of its terms keeps its time limit', () => {
    const before = doc(INTRO, 'You grant us a non-exclusive, royalty-free licence to host your Content to run the Service. This licence lasts only as long as your Content is stored with us.', CONTACT)
    const after = doc(INTRO, 'We need a licence to your Content. Its terms:', '| Term | What applies |\n| --- | --- |\n| Kind | Non-exclusive and royalty-free, to host your Content to run the Service |\n| Duration | Only while your Content is stored with us |', CONTACT)
    expect(findings(before, after).filter((f) => f.category === 'removed-protection')).toEqual([])
  })
})

describe('tables framed by their header', () => {
  const table = (...rows: string[]): string => ['| Recipient | Contact details | Location data |', '| --- | --- | --- |', '| Our payment processor | Yes | No |', ...rows].join('\n')

  it('a new row in a table of recipients is a new recipient, whatever it is called', () => {
    const before = doc(INTRO, table(), CONTACT)
    const after = doc(INTRO, table('| Insurers and telematics firms, to price your policy | Yes | Yes |'), CONTACT)
    expect(findings(before, after).map((f) => [f.side, f.startLine])).toContainEqual(['after', lineOf(after, '| Insurers and telematics')])
  })

  it('a new row that receives nothing, or a recipient the old version named, is quiet', () => {
    const before = doc(INTRO, table(), 'We also work with insurers who may ask about claims.', CONTACT)
    const nothing = doc(INTRO, table('| Telematics firms | No | No |'), 'We also work with insurers who may ask about claims.', CONTACT)
    const named = doc(INTRO, table('| Insurers | Yes | No |'), 'We also work with insurers who may ask about claims.', CONTACT)
    expect(findings(before, nothing)).toEqual([])
    expect(findings(before, named)).toEqual([])
  })
})

describe('definitions', () => {
  it('a definition of who receives data ("Affiliates") that gains members is wider', () => {
    const def = (body: string): string => `- "**Affiliates**" means ${body}.`
    const uses = 'We share your personal information with our Affiliates to market their products to you.'
    const before = doc(INTRO, def('our wholly-owned subsidiary Bramble Labs Ltd'), uses, CONTACT)
    const after = doc(INTRO, def('any company in the Hollis group, including Bramble Labs Ltd, companies owned by our parent and any co-branded partners'), uses, CONTACT)
    expect(findings(before, after).map((f) => [f.category, f.startLine])).toContainEqual(['broadened-definition', lineOf(after, '"**Affiliates**"')])
  })

  it('"for the period of publication" names a time, not a right to publish', () => {
    const before = doc(INTRO, 'You grant us a non-exclusive licence to reproduce and display your Content to provide the Service. It lasts for the period of publication of your Content.', CONTACT)
    const after = doc(INTRO, 'You grant us a licence over your Content with these terms:', '- kind: non-exclusive;\n- rights: reproduction and display;\n- purpose: only to provide the Service;\n- duration: the period of publication of your Content.', CONTACT)
    expect(findings(before, after).filter((f) => f.category === 'broad-license-grant')).toEqual([])
  })

  it('a clause that defines a term in passing is still read as a use', () => {
    const clause = (extra: string): string => `To run and improve the Services (the "Purpose") we will copy your User Content to our servers and analyse it${extra}.`
    const before = doc(INTRO, clause(''), CONTACT)
    const after = doc(INTRO, clause(' and share it with advertising partners'), CONTACT)
    expect(findings(before, after).map((f) => f.startLine)).toContain(lineOf(after, 'To run and improve'))
  })
})
