import { describe, expect, it } from 'vitest'
import { analyze } from '../src/analysis/engine.js'

/*
 * The same terms in English, French, German and Spanish, line for line, and the same changes made
 * to each: a perpetual, irrevocable, sublicensable licence; an AI-training purpose; a deleted
 * no-sale promise. Every subset of the changes must give the same categories on the same lines in
 * every language: the packs are translations of one engine, not four engines.
 */

interface Parallel {
  language: string
  title: string
  sectionOne: string
  ownership: string
  licence: string
  broadLicence: string
  sectionTwo: string
  noSale: string
  use: string
  training: string
}

const DOCS: Parallel[] = [
  {
    language: 'en',
    title: 'Terms of Service',
    sectionOne: 'Your content',
    ownership: 'You keep ownership of the content you upload to the service and of everything you create with it.',
    licence: 'You grant us a non-exclusive licence to host and display your content so that we can run the service for you.',
    broadLicence: 'You grant us a perpetual, irrevocable and sublicensable licence to host and display your content so that we can run the service for you.',
    sectionTwo: 'Your personal data',
    noSale: 'We do not sell your personal data to anyone.',
    use: 'We use your personal data to provide the service and to answer your questions.',
    training: 'We use your content to train our artificial intelligence models.',
  },
  {
    language: 'fr',
    title: "Conditions générales d'utilisation",
    sectionOne: 'Votre contenu',
    ownership: 'Vous restez propriétaire des contenus que vous publiez sur le service et de tout ce que vous créez avec eux.',
    licence: 'Vous nous concédez une licence non exclusive pour héberger et afficher votre contenu afin de faire fonctionner le service pour vous.',
    broadLicence: 'Vous nous concédez une licence perpétuelle, irrévocable et sous-licenciable pour héberger et afficher votre contenu afin de faire fonctionner le service pour vous.',
    sectionTwo: 'Vos données personnelles',
    noSale: 'Nous ne vendons pas vos données personnelles à qui que ce soit.',
    use: 'Nous utilisons vos données personnelles pour fournir le service et pour répondre à vos questions.',
    training: "Nous utilisons votre contenu pour entraîner nos modèles d'intelligence artificielle.",
  },
  {
    language: 'de',
    title: 'Nutzungsbedingungen',
    sectionOne: 'Ihre Inhalte',
    ownership: 'Sie bleiben Eigentümer der Inhalte, die Sie in den Dienst hochladen, und von allem, was Sie damit erstellen.',
    licence: 'Sie räumen uns ein einfaches Nutzungsrecht ein, Ihre Inhalte zu speichern und anzuzeigen, damit wir den Dienst für Sie betreiben können.',
    broadLicence: 'Sie räumen uns ein unbefristetes, unwiderrufliches und unterlizenzierbares Nutzungsrecht ein, Ihre Inhalte zu speichern und anzuzeigen, damit wir den Dienst für Sie betreiben können.',
    sectionTwo: 'Ihre personenbezogenen Daten',
    noSale: 'Wir verkaufen Ihre personenbezogenen Daten an niemanden.',
    use: 'Wir nutzen Ihre personenbezogenen Daten, um den Dienst bereitzustellen und Ihre Fragen zu beantworten.',
    training: 'Wir nutzen Ihre Inhalte, um unsere Modelle der künstlichen Intelligenz zu trainieren.',
  },
  {
    language: 'es',
    title: 'Condiciones de uso',
    sectionOne: 'Su contenido',
    ownership: 'Usted conserva la titularidad del contenido que publica en el servicio y de todo lo que crea con él.',
    licence: 'Usted nos otorga una licencia no exclusiva para alojar y mostrar su contenido para que podamos prestarle el servicio.',
    broadLicence: 'Usted nos otorga una licencia perpetua, irrevocable y sublicenciable para alojar y mostrar su contenido para que podamos prestarle el servicio.',
    sectionTwo: 'Sus datos personales',
    noSale: 'No vendemos sus datos personales a nadie.',
    use: 'Usamos sus datos personales para prestar el servicio y responder a sus preguntas.',
    training: 'Usamos su contenido para entrenar nuestros modelos de inteligencia artificial.',
  },
]

interface Change {
  broaden: boolean
  train: boolean
  dropNoSale: boolean
}

function render(d: Parallel, change: Change): string {
  const lines = [
    `# ${d.title}`,
    '',
    `## 1. ${d.sectionOne}`,
    '',
    d.ownership,
    '',
    change.broaden ? d.broadLicence : d.licence,
    '',
    `## 2. ${d.sectionTwo}`,
    '',
    change.dropNoSale ? '' : d.noSale,
    '',
    d.use,
    '',
    change.train ? d.training : '',
    '',
  ]
  return lines.join('\n')
}

const NONE: Change = { broaden: false, train: false, dropNoSale: false }
const SUBSETS: Change[] = [0, 1, 2, 3, 4, 5, 6, 7].slice(1).map((bits) => ({ broaden: (bits & 1) > 0, train: (bits & 2) > 0, dropNoSale: (bits & 4) > 0 }))

function shape(d: Parallel, change: Change, language?: string): string[] {
  const { findings } = analyze(render(d, NONE), render(d, change), language ? { language } : {})
  return findings.map((f) => `${f.category} ${f.side}:${f.startLine}-${f.endLine}`).sort()
}

describe('the same change in English, French, German and Spanish', () => {
  for (const change of SUBSETS) {
    const name = Object.entries(change).filter(([, on]) => on).map(([k]) => k).join(' + ')
    it(`gives the same categories on the same lines: ${name}`, () => {
      const english = shape(DOCS[0] as Parallel, change)
      const expected = [
        ...(change.broaden ? ['broad-license-grant after:7-7'] : []),
        ...(change.train ? ['ai-training after:15-15'] : []),
        ...(change.dropNoSale ? ['removed-protection before:11-11'] : []),
      ].sort()
      expect(english).toEqual(expected)
      for (const d of DOCS.slice(1)) {
        expect(shape(d, change), `${d.language}, detected`).toEqual(english)
        expect(shape(d, change, d.language), `${d.language}, set`).toEqual(english)
      }
    })
  }

  it('reports the added words as written, with an English gloss', () => {
    const d = DOCS[1] as Parallel
    const { findings } = analyze(render(d, NONE), render(d, { ...NONE, broaden: true }))
    expect(findings[0]?.added).toEqual(expect.arrayContaining(['perpétuelle (perpetual)', 'irrévocable (irrevocable)', 'sous-licenciable (sublicensable)']))
    expect(findings[0]?.excerpt).toContain('perpétuelle, irrévocable et sous-licenciable')
  })
})
