import { describe, expect, it } from 'vitest'
import { effectiveDateLine, findDateLines } from '../src/notice/date-lines.js'
import { readHeadings, sectionOf } from '../src/notice/headings.js'
import { guessLanguage } from '../src/notice/language.js'
import { addDays, noticePeriod, promisedNotice } from '../src/notice/period.js'
import { schemas } from '../src/policy/schema.js'

const { PolicySchema } = schemas()

/**
 * Every date format the README claims, per language: [line as written, kind, language, date].
 * The date lines are read by their label; the dates by chrono-node's strict parser.
 */
const FORMATS: ReadonlyArray<[string, 'effective' | 'updated', string, string]> = [
  // English: month-name dates in either order, abbreviated months, ordinals, ISO, US numeric.
  ['Last updated: March 27, 2023', 'updated', 'en', '2023-03-27'],
  ['Last updated: 27 March 2023', 'updated', 'en', '2023-03-27'],
  ['Last updated: Mar. 27, 2023', 'updated', 'en', '2023-03-27'],
  ['Last updated: 27th March 2023', 'updated', 'en', '2023-03-27'],
  ['Last updated: 2023-03-27', 'updated', 'en', '2023-03-27'],
  ['Last updated: 03/27/2023', 'updated', 'en', '2023-03-27'],
  ['Last modified on January 5, 2024', 'updated', 'en', '2024-01-05'],
  ['Last revised: 5 January 2024', 'updated', 'en', '2024-01-05'],
  ['Effective date: Jan 5, 2024', 'effective', 'en', '2024-01-05'],
  ['Effective as of 2024-01-05.', 'effective', 'en', '2024-01-05'],
  ['Effective: 5 January 2024', 'effective', 'en', '2024-01-05'],
  ['Version of 12 May 2022', 'updated', 'en', '2022-05-12'],
  // French: day month year (with "1er"), numeric day/month/year, ISO.
  ['Dernière mise à jour : 27 mars 2023', 'updated', 'fr', '2023-03-27'],
  ['Dernière mise à jour le 1er avril 2023', 'updated', 'fr', '2023-04-01'],
  ['Dernière mise à jour : 27/03/2023', 'updated', 'fr', '2023-03-27'],
  ['Dernière mise à jour : 2023-03-27', 'updated', 'fr', '2023-03-27'],
  ['En vigueur le 1er janvier 2024', 'effective', 'fr', '2024-01-01'],
  ["Date d'entrée en vigueur : 15 février 2024", 'effective', 'fr', '2024-02-15'],
  ['Version du 3 décembre 2023', 'updated', 'fr', '2023-12-03'],
  // German: "27. März 2023", numeric dd.mm.yyyy, ISO.
  ['Stand: 1. März 2023', 'updated', 'de', '2023-03-01'],
  ['Stand: 27.03.2023', 'updated', 'de', '2023-03-27'],
  ['Stand: 2023-03-27', 'updated', 'de', '2023-03-27'],
  ['Zuletzt aktualisiert am 27.03.2023', 'updated', 'de', '2023-03-27'],
  ['Zuletzt aktualisiert: 5. Juni 2024', 'updated', 'de', '2024-06-05'],
  ['Gültig ab 01.04.2023', 'effective', 'de', '2023-04-01'],
  ['Gültig ab 1. April 2023', 'effective', 'de', '2023-04-01'],
  ['Fassung vom 12. Mai 2022', 'updated', 'de', '2022-05-12'],
  // Spanish: "5 de junio de 2024", numeric dd/mm/yyyy, ISO.
  ['Última actualización: 5 de junio de 2024', 'updated', 'es', '2024-06-05'],
  ['Última actualización: 05/06/2024', 'updated', 'es', '2024-06-05'],
  ['Última actualización: 2024-06-05', 'updated', 'es', '2024-06-05'],
  ['Fecha de entrada en vigor: 01/07/2024', 'effective', 'es', '2024-07-01'],
  ['Fecha de entrada en vigor: 1 de julio de 2024', 'effective', 'es', '2024-07-01'],
  ['Vigente desde el 1 de julio de 2024', 'effective', 'es', '2024-07-01'],
]

describe('date lines', () => {
  it.each(FORMATS)('reads %s', (text, kind, language, date) => {
    const [line] = findDateLines(`# Terms\n\n${text}\n\nBody text.\n`)
    expect(line).toMatchObject({ line: 3, kind, language, date })
  })

  it('reads the line through Markdown emphasis, quotes and list markers, and points at the date', () => {
    for (const wrapped of ['*Last updated: March 1, 2023*', '**Last updated:** March 1, 2023', '> _Last updated: March 1, 2023_', '- Last updated: March 1, 2023', '<sub>Last updated: March 1, 2023</sub>']) {
      const [line] = findDateLines(wrapped)
      expect(line, wrapped).toMatchObject({ text: 'Last updated: March 1, 2023', date: '2023-03-01', dateText: 'March 1, 2023' })
      expect(wrapped.slice((line?.startColumn ?? 0) - 1, (line?.endColumn ?? 0) - 1)).toBe('March 1, 2023')
    }
  })

  it('keeps a labelled line whose date is not a full date, without a date', () => {
    expect(findDateLines('Stand: März 2023')).toEqual([{ line: 1, text: 'Stand: März 2023', kind: 'updated', language: 'de' }])
    expect(findDateLines('Last updated: today')[0]?.date).toBeUndefined()
  })

  it('ignores sentences that only mention the words, long lines and fenced code', () => {
    expect(findDateLines('Effectively, we updated nothing on March 1, 2023.')).toEqual([])
    expect(findDateLines('These changes are effective for everyone.')).toEqual([])
    expect(findDateLines(`Last updated: March 1, 2023 ${'and more words '.repeat(12)}`)).toEqual([])
    expect(findDateLines('```\nLast updated: March 1, 2023\n```')).toEqual([])
    expect(findDateLines('Standard terms apply from March 1, 2023.')).toEqual([])
  })

  it('prefers the effective date over the last-updated date', () => {
    const lines = findDateLines('Last updated: March 1, 2023\nEffective date: April 1, 2023\n')
    expect(effectiveDateLine(lines)?.date).toBe('2023-04-01')
    expect(effectiveDateLine(lines, 'updated')?.date).toBe('2023-03-01')
    expect(effectiveDateLine([])).toBeUndefined()
  })
})

describe('notice period', () => {
  it.each([
    ['We will notify you at least 30 days before material changes to these Terms take effect.', 30],
    ["We will give you thirty (30) days' notice of any change to these Terms.", 30],
    ['We will provide 6 weeks notice of material modifications.', 42],
    ['Nous vous informerons de toute modification au moins 30 jours avant son entrée en vigueur.', 30],
    ['Nous vous notifierons les changements avec un préavis de 60 jours.', 60],
    ['Wir informieren Sie über Änderungen dieser Bedingungen mindestens 30 Tage vor ihrem Inkrafttreten.', 30],
    ['Änderungen teilen wir Ihnen mit einer Frist von 6 Wochen mit.', 42],
    ['Le notificaremos cualquier cambio con al menos 30 días de antelación.', 30],
  ])('reads the promise in %s', (sentence, days) => {
    expect(promisedNotice(`## Changes\n\n${sentence}\n`)?.days).toBe(days)
  })

  it('takes no promise from sentences about other periods', () => {
    expect(promisedNotice('You may cancel within 14 days of purchase.')).toBeUndefined()
    expect(promisedNotice('We keep logs for 90 days. We may change these Terms at any time.')).toBeUndefined()
    expect(promisedNotice('Vous pouvez résilier dans les 14 jours.')).toBeUndefined()
  })

  it('lets the stricter period win: a path replaces the default, a category or the document lengthens it', () => {
    const policy = PolicySchema.parse({ notice: { days: 30, paths: [{ pattern: 'legal/privacy.md', days: 14 }], categories: { 'ai-training': 60 } } })
    expect(noticePeriod(policy, 'legal/terms.md', ['broad-license-grant'], [])).toEqual({ days: 30, source: "the policy's notice.days" })
    expect(noticePeriod(policy, 'legal/privacy.md', ['broad-license-grant'], []).days).toBe(14)
    expect(noticePeriod(policy, 'legal/privacy.md', ['ai-training'], []).days).toBe(60)
    expect(noticePeriod(policy, 'legal/terms.md', ['ai-training'], [{ days: 90, side: 'old' }])).toEqual({ days: 90, source: "the old version's own promise of notice" })
    expect(noticePeriod(undefined, 'terms.md', [], [undefined, { days: 20, side: 'new' }])).toEqual({ days: 30, source: 'the default notice period' })
  })

  it('adds days on the calendar, across months and leap days', () => {
    expect(addDays('2023-07-20', 30)).toBe('2023-08-19')
    expect(addDays('2024-02-15', 14)).toBe('2024-02-29')
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01')
  })
})

describe('headings and language', () => {
  it('gives GitHub anchors, numbering repeated headings, and finds the section of a line', () => {
    const headings = readHeadings('# Terms\n\n## 2.2 Licence to *Acme*\n\ntext\n\nFAQ\n---\n\n## FAQ\n\n```\n# not a heading\n```\n')
    expect(headings.map((h) => [h.line, h.text, h.anchor])).toEqual([
      [1, 'Terms', 'terms'],
      [3, '2.2 Licence to Acme', '22-licence-to-acme'],
      [7, 'FAQ', 'faq'],
      [10, 'FAQ', 'faq-1'],
    ])
    expect(sectionOf(headings, 5)?.anchor).toBe('22-licence-to-acme')
    expect(sectionOf(headings, 0)).toBeUndefined()
  })

  it('tells the four languages apart', () => {
    expect(guessLanguage('You grant us a licence to the content you upload and we use it.')).toBe('en')
    expect(guessLanguage('Vous nous accordez une licence sur le contenu et les données que vous publiez avec nous.')).toBe('fr')
    expect(guessLanguage('Sie räumen uns eine Lizenz an den Inhalten ein, die Sie hochladen, und wir nutzen sie nicht.')).toBe('de')
    expect(guessLanguage('Usted nos concede una licencia sobre el contenido y los datos que publica con nosotros.')).toBe('es')
  })
})
