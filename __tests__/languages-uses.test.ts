import { describe, expect, it } from 'vitest'
import { analyze } from '../src/analysis/engine.js'

/*
 * The use-widening comparison in French, German and Spanish: an existing statement of use (a
 * sentence, a row of a purposes table) changed so that it reaches further, each beside a change
 * that only seems to (the same meaning in other words, a shorter retention period, an added
 * opt-out). Cases are written here in wording of our own. Lines are 1-based lines of `after`.
 */
const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length

function flagged(language: string, before: string, after: string): number[] {
  return analyze(before, after, { language })
    .findings.filter((f) => f.side === 'after')
    .map((f) => f.startLine)
}

function quiet(language: string, before: string, after: string): string[] {
  return analyze(before, after, { language }).findings.map((f) => `${f.side}:${f.startLine} ${f.rule} [${f.added.join(', ')}]`)
}

describe('French: a use that reaches further', () => {
  const doc = (...paragraphs: string[]): string => `# Politique de confidentialité\n\n${paragraphs.join('\n\n')}\n`
  const INTRO = 'Carnet est une application de prise de notes éditée par Carnet SAS (« Carnet », « nous »).'
  const SUPPORT = 'Nous répondons aux demandes d\'assistance sous deux jours ouvrés.'
  const table = (basis: string): string =>
    `| Finalité | Données | Base légale |\n| --- | --- | --- |\n| Recommandations de lecture personnalisées | Votre historique de lecture | ${basis} |\n| Sécurité du compte | Données de connexion | Intérêt légitime |`

  it('consent in a purposes table becomes legitimate interests with an objection', () => {
    const before = doc(INTRO, table('Consentement'))
    const after = doc(INTRO, table('Intérêt légitime ; vous pouvez vous y opposer dans les réglages'))
    expect(flagged('fr', before, after)).toContain(lineOf(after, '| Recommandations'))
  })

  it('… but not when consent is only reworded', () => {
    const before = doc(INTRO, table('Consentement'))
    const after = doc(INTRO, table('Votre consentement, que vous pouvez retirer à tout moment'))
    expect(quiet('fr', before, after)).toEqual([])
  })

  it('"uniquement" is dropped from a use', () => {
    const before = doc(INTRO, 'Nous analysons le texte de vos notes uniquement pour en corriger l\'orthographe.', SUPPORT)
    const after = doc(INTRO, 'Nous analysons le texte de vos notes pour en corriger l\'orthographe.', SUPPORT)
    expect(flagged('fr', before, after)).toContain(lineOf(after, 'Nous analysons'))
  })

  it('… but not when the limit is said with « ne … que »', () => {
    const before = doc(INTRO, 'Nous analysons le texte de vos notes uniquement pour en corriger l\'orthographe.', SUPPORT)
    const after = doc(INTRO, 'Nous n\'analysons le texte de vos notes que pour en corriger l\'orthographe.', SUPPORT)
    expect(quiet('fr', before, after)).toEqual([])
  })

  it('a fixed retention period becomes open-ended', () => {
    const before = doc(INTRO, 'Nous conservons vos mémos vocaux pendant 30 jours, puis nous les supprimons.', SUPPORT)
    const after = doc(INTRO, 'Nous conservons vos mémos vocaux aussi longtemps que nécessaire.', SUPPORT)
    expect(flagged('fr', before, after)).toContain(lineOf(after, 'Nous conservons'))
  })

  it('open-ended retention in a retention table takes away a protection', () => {
    const table = (period: string): string => `| Données | Durée de conservation |\n| --- | --- |\n| Vos mémos vocaux | ${period} |\n| Vos notes | Jusqu'à la suppression de votre compte |`
    const before = doc(INTRO, table('30 jours, puis suppression'))
    const after = doc(INTRO, table('Conservés aussi longtemps que nécessaire'))
    const f = analyze(before, after, { language: 'fr' }).findings.find((x) => x.startLine === lineOf(after, '| Vos mémos'))
    expect(f?.category).toBe('removed-protection')
    expect(f?.added).toContain('conservation sans limite de durée (open-ended retention)')
  })

  it('… but not when the period is only shortened', () => {
    const before = doc(INTRO, 'Nous conservons vos mémos vocaux pendant 30 jours, puis nous les supprimons.', SUPPORT)
    const after = doc(INTRO, 'Nous conservons vos mémos vocaux pendant 7 jours, puis nous les supprimons.', SUPPORT)
    expect(quiet('fr', before, after)).toEqual([])
  })

  it('consent moved from the rows of a table into the heading they now sit under is kept', () => {
    const rows = '| Finalité | Données |\n| --- | --- |\n| Recommandations de lecture personnalisées | Votre historique de lecture |\n| Lettre d\'information | Votre adresse électronique |'
    const before = doc(INTRO, '| Finalité | Données | Base légale |\n| --- | --- | --- |\n| Recommandations de lecture personnalisées | Votre historique de lecture | Consentement |\n| Lettre d\'information | Votre adresse électronique | Consentement |')
    const after = doc(INTRO, '## Traitements fondés sur votre consentement', rows)
    expect(quiet('fr', before, after)).toEqual([])
  })

  it('a new purpose is added to an existing use', () => {
    const before = doc(INTRO, 'Nous utilisons vos données de localisation pour afficher la météo de votre ville.', SUPPORT)
    const after = doc(INTRO, 'Nous utilisons vos données de localisation pour afficher la météo de votre ville et à des fins publicitaires.', SUPPORT)
    expect(flagged('fr', before, after)).toContain(lineOf(after, 'Nous utilisons'))
  })

  it('what users may share themselves is not a use by the company', () => {
    const before = doc(INTRO, 'Vous pouvez partager vos carnets avec vos proches.', SUPPORT)
    const after = doc(INTRO, 'Vous pouvez partager vos carnets avec vos proches et avec les autres utilisateurs.', SUPPORT)
    expect(quiet('fr', before, after)).toEqual([])
  })

  it('… but not when only an opt-out is added', () => {
    const before = doc(INTRO, 'Nous utilisons vos données de localisation pour afficher la météo de votre ville.', SUPPORT)
    const after = doc(INTRO, 'Nous utilisons vos données de localisation pour afficher la météo de votre ville ; vous pouvez désactiver cette fonction dans les réglages.', SUPPORT)
    expect(quiet('fr', before, after)).toEqual([])
  })
})

describe('German: a use that reaches further', () => {
  const doc = (...paragraphs: string[]): string => `# Datenschutzerklärung\n\n${paragraphs.join('\n\n')}\n`
  const INTRO = 'Notizwerk ist eine Notiz-App der Notizwerk GmbH („Notizwerk“, „wir“).'
  const SUPPORT = 'Supportanfragen beantworten wir innerhalb von zwei Werktagen.'
  const table = (basis: string): string =>
    `| Zweck | Daten | Rechtsgrundlage |\n| --- | --- | --- |\n| Persönliche Leseempfehlungen | Ihr Leseverlauf | ${basis} |\n| Kontosicherheit | Anmeldedaten | Berechtigtes Interesse |`

  it('consent in a purposes table becomes legitimate interests with an objection', () => {
    const before = doc(INTRO, table('Einwilligung'))
    const after = doc(INTRO, table('Berechtigtes Interesse; Sie können in den Einstellungen widersprechen'))
    expect(flagged('de', before, after)).toContain(lineOf(after, '| Persönliche'))
  })

  it('… but not when consent is only reworded', () => {
    const before = doc(INTRO, table('Einwilligung'))
    const after = doc(INTRO, table('Ihre Einwilligung, die Sie jederzeit widerrufen können'))
    expect(quiet('de', before, after)).toEqual([])
  })

  it('a table cell that said "Nein" now says yes', () => {
    const table = (pro: string): string => `| Verwendung | Free | Pro |\n| --- | --- | --- |\n| Ihre Notizen zur Verbesserung unserer Modelle | Ja | ${pro} |\n| Anzeige Ihrer Notizen für andere Nutzer | Nein | Nein |`
    const before = doc(INTRO, table('Nein'))
    const after = doc(INTRO, table('Ja, Widerspruch jederzeit möglich'))
    expect(flagged('de', before, after)).toContain(lineOf(after, '| Ihre Notizen zur'))
  })

  it('"nur" is dropped from a use', () => {
    const before = doc(INTRO, 'Wir werten den Text Ihrer Notizen nur aus, um die Rechtschreibung zu korrigieren.', SUPPORT)
    const after = doc(INTRO, 'Wir werten den Text Ihrer Notizen aus, um die Rechtschreibung zu korrigieren.', SUPPORT)
    expect(flagged('de', before, after)).toContain(lineOf(after, 'Wir werten'))
  })

  it('… but not when the limit is said in other words', () => {
    const before = doc(INTRO, 'Wir werten den Text Ihrer Notizen nur aus, um die Rechtschreibung zu korrigieren.', SUPPORT)
    const after = doc(INTRO, 'Den Text Ihrer Notizen werten wir ausschließlich zur Korrektur der Rechtschreibung aus.', SUPPORT)
    expect(quiet('de', before, after)).toEqual([])
  })

  it('a fixed retention period becomes open-ended', () => {
    const before = doc(INTRO, 'Wir speichern Ihre Sprachnotizen 30 Tage lang und löschen sie danach.', SUPPORT)
    const after = doc(INTRO, 'Wir speichern Ihre Sprachnotizen so lange, wie es für unsere Zwecke erforderlich ist.', SUPPORT)
    expect(flagged('de', before, after)).toContain(lineOf(after, 'Wir speichern'))
  })

  it('… but not when the period is only shortened', () => {
    const before = doc(INTRO, 'Wir speichern Ihre Sprachnotizen 30 Tage lang und löschen sie danach.', SUPPORT)
    const after = doc(INTRO, 'Wir speichern Ihre Sprachnotizen 7 Tage lang und löschen sie danach.', SUPPORT)
    expect(quiet('de', before, after)).toEqual([])
  })

  it('a new purpose is added to an existing use', () => {
    const before = doc(INTRO, 'Wir verwenden Ihre Standortdaten, um das Wetter an Ihrem Ort anzuzeigen.', SUPPORT)
    const after = doc(INTRO, 'Wir verwenden Ihre Standortdaten, um das Wetter an Ihrem Ort anzuzeigen und für Werbung.', SUPPORT)
    expect(flagged('de', before, after)).toContain(lineOf(after, 'Wir verwenden'))
  })

  it('what users may share themselves is not a use by the company', () => {
    const before = doc(INTRO, 'Sie können Ihre Notizbücher mit Ihrer Familie teilen.', SUPPORT)
    const after = doc(INTRO, 'Sie können Ihre Notizbücher mit Ihrer Familie und mit anderen Nutzern teilen.', SUPPORT)
    expect(quiet('de', before, after)).toEqual([])
  })

  it('… but not when only an opt-out is added', () => {
    const before = doc(INTRO, 'Wir verwenden Ihre Standortdaten, um das Wetter an Ihrem Ort anzuzeigen.', SUPPORT)
    const after = doc(INTRO, 'Wir verwenden Ihre Standortdaten, um das Wetter an Ihrem Ort anzuzeigen; Sie können diese Funktion in den Einstellungen deaktivieren.', SUPPORT)
    expect(quiet('de', before, after)).toEqual([])
  })
})

describe('Spanish: a use that reaches further', () => {
  const doc = (...paragraphs: string[]): string => `# Política de privacidad\n\n${paragraphs.join('\n\n')}\n`
  const INTRO = 'Libreta es una aplicación de notas gestionada por Libreta S.L. («Libreta», «nosotros»).'
  const SUPPORT = 'Respondemos a las solicitudes de asistencia en un plazo de dos días hábiles.'
  const table = (basis: string): string =>
    `| Finalidad | Datos | Base jurídica |\n| --- | --- | --- |\n| Recomendaciones de lectura personalizadas | Su historial de lectura | ${basis} |\n| Seguridad de la cuenta | Datos de acceso | Interés legítimo |`

  it('consent in a purposes table becomes legitimate interests with an objection', () => {
    const before = doc(INTRO, table('Consentimiento'))
    const after = doc(INTRO, table('Interés legítimo; puede oponerse en la configuración'))
    expect(flagged('es', before, after)).toContain(lineOf(after, '| Recomendaciones'))
  })

  it('… but not when consent is only reworded', () => {
    const before = doc(INTRO, table('Consentimiento'))
    const after = doc(INTRO, table('Su consentimiento, que puede retirar en cualquier momento'))
    expect(quiet('es', before, after)).toEqual([])
  })

  it('"únicamente" is dropped from a use', () => {
    const before = doc(INTRO, 'Analizamos el texto de sus notas únicamente para corregir la ortografía.', SUPPORT)
    const after = doc(INTRO, 'Analizamos el texto de sus notas para corregir la ortografía.', SUPPORT)
    expect(flagged('es', before, after)).toContain(lineOf(after, 'Analizamos'))
  })

  it('… but not when the limit is said in other words', () => {
    const before = doc(INTRO, 'Analizamos el texto de sus notas únicamente para corregir la ortografía.', SUPPORT)
    const after = doc(INTRO, 'El texto de sus notas se analiza exclusivamente con el fin de corregir la ortografía.', SUPPORT)
    expect(quiet('es', before, after)).toEqual([])
  })

  it('a fixed retention period becomes open-ended', () => {
    const before = doc(INTRO, 'Conservamos sus notas de voz durante 30 días y después las eliminamos.', SUPPORT)
    const after = doc(INTRO, 'Conservamos sus notas de voz mientras sea necesario.', SUPPORT)
    expect(flagged('es', before, after)).toContain(lineOf(after, 'Conservamos'))
  })

  it('… but not when the period is only shortened', () => {
    const before = doc(INTRO, 'Conservamos sus notas de voz durante 30 días y después las eliminamos.', SUPPORT)
    const after = doc(INTRO, 'Conservamos sus notas de voz durante 7 días y después las eliminamos.', SUPPORT)
    expect(quiet('es', before, after)).toEqual([])
  })

  it('a new purpose is added to an existing use', () => {
    const before = doc(INTRO, 'Usamos sus datos de ubicación para mostrarle el tiempo de su ciudad.', SUPPORT)
    const after = doc(INTRO, 'Usamos sus datos de ubicación para mostrarle el tiempo de su ciudad y con fines publicitarios.', SUPPORT)
    expect(flagged('es', before, after)).toContain(lineOf(after, 'Usamos'))
  })

  it('what users may share themselves is not a use by the company', () => {
    const before = doc(INTRO, 'Usted puede compartir sus cuadernos con su familia.', SUPPORT)
    const after = doc(INTRO, 'Usted puede compartir sus cuadernos con su familia y con otros usuarios.', SUPPORT)
    expect(quiet('es', before, after)).toEqual([])
  })

  it('… but not when only an opt-out is added', () => {
    const before = doc(INTRO, 'Usamos sus datos de ubicación para mostrarle el tiempo de su ciudad.', SUPPORT)
    const after = doc(INTRO, 'Usamos sus datos de ubicación para mostrarle el tiempo de su ciudad; puede desactivar esta función en la configuración.', SUPPORT)
    expect(quiet('es', before, after)).toEqual([])
  })
})
