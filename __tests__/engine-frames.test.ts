import { describe, expect, it } from 'vitest'
import { analyze } from '../src/analysis/engine.js'

/*
 * Readings of how terms are written in general: any noun the user posts is user content, a
 * colon-style glossary is a glossary, a no-sharing promise names its recipients, a lettered
 * list inside one paragraph is several clauses, "automated tools" are AI, paid access is a sale.
 * Cases in wording of our own; lines are 1-based lines of the named version.
 */
const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length
const doc = (title: string, ...paragraphs: string[]): string => `# ${title}\n\n${paragraphs.join('\n\n')}\n`

function lines(before: string, after: string, language?: string): Array<[string, number]> {
  return analyze(before, after, language ? { language } : {}).findings.map((f) => [f.side, f.startLine])
}

describe('the object of a grant is whatever the user posts', () => {
  const INTRO = 'Fernlog is a field journal for birders run by Fernlog Ltd ("we").'
  it('a perpetual sublicensable licence over "the sightings you submit" is flagged', () => {
    const before = doc('Terms', INTRO, 'We show the sightings you submit on your profile page.')
    const grant = 'You grant Fernlog a perpetual, irrevocable, sublicensable licence to copy, adapt and distribute the sightings you submit.'
    const after = doc('Terms', INTRO, 'We show the sightings you submit on your profile page.', grant)
    expect(lines(before, after)).toContainEqual(['after', lineOf(after, 'You grant Fernlog')])
  })

  it('"the way you submit" names no object: a procedural sentence stays quiet', () => {
    const before = doc('Terms', INTRO, 'Sightings are shown on your profile.')
    const after = doc('Terms', INTRO, 'Sightings are shown on your profile.', 'We may change the way you submit sightings at any time.')
    expect(lines(before, after)).toEqual([])
  })
})

describe('a glossary written as "Term": definition', () => {
  it('English: widening a colon-style definition that a grant relies on is flagged', () => {
    const grant = 'You grant us a licence to use Listing Materials to operate the marketplace.'
    const before = doc('Terms', '## Definitions', '"Listing Materials": the photos and descriptions you add to a listing.', '## Licence', grant)
    const after = doc(
      'Terms',
      '## Definitions',
      '"Listing Materials": the photos and descriptions you add to a listing, your messages with buyers and your voice recordings.',
      '## Licence',
      grant,
    )
    expect(lines(before, after)).toContainEqual(['after', lineOf(after, '"Listing Materials":')])
  })

  it('German: widening a colon-style Begriff that a licence relies on is flagged', () => {
    const grant = 'Sie räumen uns ein einfaches Nutzungsrecht an den Belegdaten ein, um den Dienst zu erbringen.'
    const before = doc('Nutzungsbedingungen', '## Begriffe', '„Belegdaten“: die Quittungen, die Sie hochladen.', '## Rechte', grant)
    const after = doc(
      'Nutzungsbedingungen',
      '## Begriffe',
      '„Belegdaten“: die Quittungen, die Sie hochladen, sowie Ihre Kontoauszüge und Ihr gesamter Schriftverkehr mit Händlern.',
      '## Rechte',
      grant,
    )
    expect(lines(before, after, 'de')).toContainEqual(['after', lineOf(after, '„Belegdaten“:')])
  })
})

describe('a no-sharing promise names its recipients', () => {
  const INTRO = 'Voltmeter is a home energy app run by Voltmeter Inc. ("we").'
  it('English: deleting "we never share it with utilities, insurers or landlords" is a removal', () => {
    const promise = 'Your meter readings stay with us: we never share them with energy utilities, insurers or landlords.'
    const before = doc('Privacy', INTRO, promise, 'We keep readings for two years.')
    const after = doc('Privacy', INTRO, 'We keep readings for two years.')
    expect(lines(before, after)).toContainEqual(['before', lineOf(before, 'Your meter readings stay')])
  })

  it('English: a shorter recipient list is a narrowed promise', () => {
    const promise = (list: string): string => `We do not share your meter readings with ${list}.`
    const before = doc('Privacy', INTRO, promise('energy utilities, insurers or landlords'))
    const after = doc('Privacy', INTRO, promise('energy utilities or landlords'))
    expect(lines(before, after).length).toBeGreaterThan(0)
  })

  it('English: the same list reordered is no change', () => {
    const promise = (list: string): string => `We do not share your meter readings with ${list}.`
    const before = doc('Privacy', INTRO, promise('energy utilities, insurers or landlords'))
    const after = doc('Privacy', INTRO, promise('landlords, insurers or energy utilities'))
    expect(lines(before, after)).toEqual([])
  })

  it('German: deleting "eine Weitergabe an Versicherer … findet nicht statt" is a removal', () => {
    const INTRO_DE = 'Stromblick ist eine App der Stromblick GmbH („wir“).'
    const promise = 'Eine Weitergabe Ihrer Zählerstände an Versicherer, Vermieter oder Werbepartner findet nicht statt.'
    const before = doc('Datenschutzerklärung', INTRO_DE, promise, 'Wir speichern Zählerstände zwei Jahre lang.')
    const after = doc('Datenschutzerklärung', INTRO_DE, 'Wir speichern Zählerstände zwei Jahre lang.')
    expect(lines(before, after, 'de')).toContainEqual(['before', lineOf(before, 'Eine Weitergabe')])
  })
})

describe('a lettered list inside one paragraph is several clauses', () => {
  it('a new lettered item that grants training rights is flagged on its own line', () => {
    const INTRO = 'Parcelwise is a shipping tool run by Parcelwise BV ("we"). We may use your shipment data to:'
    const items = ['a. calculate rates;', 'b. print labels;']
    const before = doc('Terms', [INTRO, ...items].join('\n'))
    const added = 'c. train and improve machine learning models offered to other customers;'
    const after = doc('Terms', [INTRO, ...items, added].join('\n'))
    expect(lines(before, after)).toContainEqual(['after', lineOf(after, 'c. train')])
  })
})

describe('automated tools are AI', () => {
  it('a new use of chat transcripts to develop automated decision-making tools is flagged', () => {
    const INTRO = 'Hirely is a recruiting platform run by Hirely Inc. ("we").'
    const before = doc('Privacy', INTRO, 'We use interview transcripts to schedule follow-up calls.')
    const after = doc('Privacy', INTRO, 'We use interview transcripts to schedule follow-up calls and to build automated candidate-screening tools.')
    expect(lines(before, after)).toContainEqual(['after', lineOf(after, 'We use interview transcripts')])
  })
})

describe('paid access to data is a sale', () => {
  const INTRO = 'Trailmark is a running app run by Trailmark LLC ("we").'
  it('making route data available to anyone who pays for access is flagged', () => {
    const before = doc('Privacy', INTRO, 'We use your routes to show your training history.')
    const after = doc(
      'Privacy',
      INTRO,
      'We use your routes to show your training history.',
      'We make aggregated route data available to city planners and retailers who pay us for access.',
    )
    expect(lines(before, after)).toContainEqual(['after', lineOf(after, 'We make aggregated')])
  })
})

describe('Spanish: generative AI and model providers', () => {
  it('sharing conversations with providers of generative models is flagged', () => {
    const INTRO = 'Charlabot es un servicio de Charlabot S.L. («nosotros»).'
    const before = doc('Política de privacidad', INTRO, 'Usamos sus conversaciones para responder a sus consultas.')
    const after = doc(
      'Política de privacidad',
      INTRO,
      'Usamos sus conversaciones para responder a sus consultas y para entrenar modelos de IA generativa.',
    )
    expect(lines(before, after, 'es')).toContainEqual(['after', lineOf(after, 'Usamos sus conversaciones')])
  })
})
