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

describe('structure that is not a statement', () => {
  it('a question in an FAQ states nothing; the answer after it does', () => {
    const before = doc(INTRO, 'Replies are suggested on your device.', CONTACT)
    const after = doc(INTRO, 'Replies are suggested on your device.', '**Does Bramble use my messages to train AI?** No. Because your messages are encrypted, we cannot read them, and we do not use your messages, photos or voice notes to train any AI models.', CONTACT)
    expect(findings(before, after)).toEqual([])
  })

  it('a full stop glued to the next sentence still ends it: re-spacing adds nothing', () => {
    const grant = 'By posting Content you grant Bramble a worldwide, royalty-free licence to reproduce, modify and publish the Content solely to promote your page.'
    const before = doc(INTRO, `You are responsible for your Content and must follow the Guidelines.${grant} You may delete it at any time.`, CONTACT)
    const after = doc(INTRO, 'You are responsible for your Content and must follow the Guidelines.', `${grant} You may delete it at any time.`, CONTACT)
    expect(findings(before, after)).toEqual([])
  })

  it('a moved licence keeps its time limit: a heading that names its topic is not its edited form', () => {
    const lic = (verb: string): string => `You give Bramble permission to store and transmit the files you upload ("Files") solely to provide the Service. This permission ${verb} when the Files are deleted from the Service.`
    const before = doc(INTRO, '## 1. Accounts', 'Keep your password safe.', '## 9. Other rights', lic('ends'), CONTACT)
    const after = doc(INTRO, '## 1. Accounts', 'Keep your password safe.', '## 2. Your Files', lic('terminates'), CONTACT)
    expect(findings(before, after).filter((f) => f.category === 'removed-protection')).toEqual([])
  })

  it('"non-exclusive licence, for as long as …" is the grant itself, not a right to license others', () => {
    const before = doc(INTRO, 'You grant Bramble a perpetual, irrevocable, sublicensable licence to host, copy and display your Media for any purpose.', CONTACT)
    const after = doc(INTRO, 'You grant Bramble a worldwide, non-exclusive licence, for as long as your Media is stored with us, to host, copy and display your Media solely to provide the Service.', CONTACT)
    expect(findings(before, after).filter((f) => f.side === 'after')).toEqual([])
  })
})

describe('purposes tables, row by row', () => {
  const table = (ai: string): string =>
    ['| Purpose | Data | Legal basis |', '| --- | --- | --- |', `| Improving our AI writing suggestions using your documents | text snippets, suggestion feedback | ${ai} |`, '| Product analytics | usage events | Legitimate interests |'].join('\n')

  it('consent that becomes legitimate interests widens the row, though the next row already said legitimate interests', () => {
    const before = doc(INTRO, table('Consent; you can withdraw it in Settings'), CONTACT)
    const after = doc(INTRO, table('Legitimate interests; you can object in Settings'), CONTACT)
    expect(findings(before, after).map((f) => f.startLine)).toContain(lineOf(after, '| Improving our AI'))
  })

  it('a legal basis named for the first time, when prose becomes a table, widens nothing', () => {
    const before = doc(INTRO, 'We use your information to deliver orders, to take payments and prevent fraud, and to send service messages.', CONTACT)
    const after = doc(INTRO, ['| Purpose | Data | Legal basis |', '| --- | --- | --- |', '| Delivering orders | name, address | Contract |', '| Taking payments and preventing fraud | payment details, IP address | Contract; legitimate interests |', '| Sending service messages | email | Contract |'].join('\n'), CONTACT)
    expect(findings(before, after)).toEqual([])
  })
})

describe('ownership and the user\'s own data', () => {
  it('a deleted "you retain ownership of your posts" is a removed protection', () => {
    const before = doc(INTRO, 'You retain all ownership rights in your Posts. Bramble does not claim ownership of anything you submit.', 'You can delete Posts at any time.', CONTACT)
    const after = doc(INTRO, 'You can delete Posts at any time.', CONTACT)
    expect(findings(before, after).map((f) => [f.category, f.side])).toContainEqual(['removed-protection', 'before'])
  })

  it('"you are the owner" in a copyright notice is no promise to keep', () => {
    const notice = '- a statement that the information in your notice is accurate and that you are the owner of the copyright.'
    const before = doc(INTRO, 'To report infringement, send us:', notice, CONTACT)
    const after = doc(INTRO, 'To report infringement, send our agent:', notice, CONTACT)
    expect(findings(before, after)).toEqual([])
  })

  it('a menu path ("Settings > Privacy > Voice") names a screen, and "your recordings" are the same recordings', () => {
    const before = doc(INTRO, 'We use a sample of recordings to improve our pronunciation models. You can object at any time.', CONTACT)
    const after = doc(INTRO, 'If you switch on "Help improve" in Settings > Privacy > Voice, we use a sample of your recordings to improve our pronunciation models. It is off by default.', CONTACT)
    expect(findings(before, after)).toEqual([])
  })
})

describe('what an existing AI use already covered', () => {
  const DEF = '"**Customer Materials**" means (i) the Input, (ii) the Output and (iii) any other content you supply to the Service.'
  const LIC = (purposes: string): string => `You grant Bramble a worldwide, non-exclusive licence to use and reproduce Customer Materials ${purposes}.`

  it('a sentence restating training on a defined term\'s members (Input, Output) adds nothing', () => {
    const before = doc(INTRO, DEF, LIC('in connection with the Service and Bramble\'s business, including without limitation improving artificial intelligence models'), CONTACT)
    const after = doc(INTRO, DEF, LIC('for (a) providing the Service and (b) improving artificial intelligence models'), 'Bramble uses Customer Materials, including Input and Output, to improve the Service, including developing Bramble\'s artificial intelligence models.', 'In the EU you may object to the use of your Customer Materials for improving the artificial intelligence models.', CONTACT)
    expect(findings(before, after)).toEqual([])
  })

  it('a new product or plan in the condition that sets whom training reaches widens it', () => {
    const item = (plans: string): string => `- **If you use ${plans}:** We use your Input and Output to train our artificial intelligence models. You can opt out in your account.`
    const before = doc(INTRO, item('Bramble Free or Bramble Plus'), CONTACT)
    const after = doc(INTRO, item('Bramble Free, Bramble Plus or Bramble Classroom'), CONTACT)
    const same = doc(INTRO, item('Bramble Plus or Bramble Free'), CONTACT)
    expect(findings(before, after).map((f) => [f.category, f.startLine])).toContainEqual(['ai-training', lineOf(after, '- **If you use')])
    expect(findings(before, same).filter((f) => f.category === 'ai-training')).toEqual([])
  })
})

describe('what the user does is no purpose', () => {
  it('"if you … take part in user research, we may collect …" adds no research purpose', () => {
    const before = doc(INTRO, 'If you ask us to contact you, or sign up for events, Bramble may collect your name and email address.', CONTACT)
    const after = doc(INTRO, 'If you ask us to contact you, or sign up for events, or take part in user research and development, Bramble may collect your name and email address.', CONTACT)
    expect(findings(before, after)).toEqual([])
  })

  it('"to send you advertising, marketing content, offers, promotions, newsletters" is a message to the user', () => {
    const table = (row: string): string => ['| Purpose | Data |', '| --- | --- |', '| To run your account | Contact details |', row].join('\n')
    const before = doc(INTRO, table('| To answer your questions | Contact details |'), CONTACT)
    const after = doc(INTRO, table('| To answer your questions | Contact details |\n| To send you advertising, marketing content, offers, promotions, newsletters, surveys or other information by email | Contact details |'), CONTACT)
    expect(findings(before, after)).toEqual([])
  })
})

describe('plain-English rewrites', () => {
  it('a licence restated in plain English, its limit in the next sentence and its warranty as a promise, adds nothing', () => {
    const before = doc(INTRO, 'By posting Content, you grant Bramble a worldwide, non-exclusive, royalty-free licence to use, copy and display such Content solely for the purpose of operating and providing the Services.', 'You represent and warrant that you have all rights necessary to grant the licence above.', CONTACT)
    const after = doc(INTRO, 'When you post Content, you give us permission to use it. In legal terms, you grant Bramble a worldwide, non-exclusive, royalty-free licence to use, copy and display your Content. We may use this licence only to operate and provide the Services.', 'You promise that you have all the rights you need to grant us this licence, and that your Content does not infringe anyone else\'s rights.', CONTACT)
    expect(findings(before, after)).toEqual([])
  })

  it('an opt-out moved to a new settings page, named in quotes, permits nothing new', () => {
    const before = doc(INTRO, 'We use your receipts to improve our categorisation models. You can opt out by emailing privacy@bramble.example.', CONTACT)
    const after = doc(INTRO, 'We use your receipts to improve our categorisation models. You can stop us using your data to improve our categorisation models by switching off "Help train Bramble models" in Settings.', CONTACT)
    expect(findings(before, after)).toEqual([])
  })

  it('a quoted term defined with "A … is any …" is a definition, and widening it is found', () => {
    const lic = 'You grant Bramble a worldwide, sublicensable licence to host, display and adapt your Posts.'
    const before = doc(INTRO, 'A "Post" is any text, image or reply you publish on Bramble.', lic, CONTACT)
    const after = doc(INTRO, 'A "Post" is any text, image or reply you publish, send or record on Bramble, including direct messages, voice notes and drafts you have not published.', lic, CONTACT)
    expect(findings(before, after).map((f) => [f.category, f.startLine])).toContainEqual(['broadened-definition', lineOf(after, 'A "Post"')])
  })
})
