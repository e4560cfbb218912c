import { describe, expect, it } from 'vitest'
import { analyze } from '../src/analysis/engine.js'
import { detectLanguage, languageParts } from '../src/analysis/language.js'
import { resolveConfiguration } from '../src/policy/resolve.js'
import { analyzeChangedFile } from '../src/files/analyze-file.js'
import { translationDrift } from '../src/report/drift.js'
import type { FileReport } from '../src/report/model.js'
import type { Finding } from '../src/analysis/types.js'

const FR = 'Vous nous concédez une licence non exclusive pour héberger et afficher votre contenu afin de faire fonctionner le service. Nous ne vendons pas vos données personnelles et nous ne les partageons pas avec des tiers sans votre consentement.'
const DE = 'Sie räumen uns ein einfaches Nutzungsrecht ein, Ihre Inhalte zu speichern und anzuzeigen, damit wir den Dienst betreiben können. Wir verkaufen Ihre personenbezogenen Daten nicht und geben sie nicht an Dritte weiter.'
const ES = 'Usted nos otorga una licencia no exclusiva para alojar y mostrar su contenido con el fin de prestar el servicio. No vendemos sus datos personales y no los compartimos con terceros sin su consentimiento.'
const EN = 'You grant us a non-exclusive licence to host and display your content so that we can run the service. We do not sell your personal data and we do not share it with third parties without your consent.'

describe('language of a document', () => {
  it('tells English, French, German and Spanish terms apart', () => {
    expect(detectLanguage(EN)).toBe('en')
    expect(detectLanguage(FR)).toBe('fr')
    expect(detectLanguage(DE)).toBe('de')
    expect(detectLanguage(ES)).toBe('es')
  })

  it('reads short or undetermined text as English', () => {
    expect(detectLanguage('Conditions')).toBe('en')
    expect(detectLanguage('| a | b |\n|---|---|\n| 1 | 2 |')).toBe('en')
    expect(detectLanguage('```\nconst licence = "perpétuelle irrévocable"\n```')).toBe('en')
  })

  it('reads prose only: code, links and tables add nothing', () => {
    const text = `${FR}\n\n\`\`\`\nthe quick brown fox jumps over the lazy dog and the cat\n\`\`\`\n\n[the terms of the service](https://example.com/the-terms-of-the-service)`
    expect(detectLanguage(text)).toBe('fr')
  })

  it('reads a long document with sections in two languages per section', () => {
    const en = `# Terms\n\n## English\n\n${`${EN}\n\n`.repeat(8)}`
    const fr = `## Français\n\n${`${FR}\n\n`.repeat(8)}`
    const parts = languageParts(`${en}${fr}`)
    expect(parts.map((p) => p.language)).toEqual(['en', 'fr'])
    const before = `${en}${fr}`
    const after = before.replace(/(## Français\n\n)/, '$1Vous nous concédez une licence perpétuelle et irrévocable sur votre contenu pour le faire fonctionner.\n\n')
    const result = analyze(before, after)
    expect(result.findings.map((f) => f.category)).toEqual(['broad-license-grant'])
    expect(result.findings[0]?.added).toContain('irrévocable (irrevocable)')
    expect(result.notes.join(' ')).toContain('per section')
  })
})

describe('language set by the policy or the command line', () => {
  const before = `# Terms\n\n${FR}\n`
  const after = `# Terms\n\n${FR.replace('non exclusive', 'perpétuelle et irrévocable')}\n`

  it('a policy sets the language by path', () => {
    const config = resolveConfiguration('languages:\n  - { pattern: "legal/*.md", language: fr }\n', '.github/tos-guard.yml', () => undefined)
    if (!config.ok) throw new Error('bad policy')
    const fr = analyzeChangedFile({ path: 'legal/terms.md', status: 'modified', before, after }, { configuration: config.value })
    expect(fr.findings.map((f) => f.category)).toEqual(['broad-license-grant'])
    expect(fr.notes.map((n) => n.message).join(' ')).toContain('set by the policy or command line')
    // Read as English (set on the command line), the French licence adds nothing tos-guard knows.
    const en = analyzeChangedFile({ path: 'legal/terms.md', status: 'modified', before, after }, { configuration: config.value, language: 'en' })
    expect(en.findings).toEqual([])
  })

  it('refuses a language that is not an ISO 639-1 code', () => {
    const config = resolveConfiguration('languages:\n  - { pattern: "*.md", language: french }\n', '.github/tos-guard.yml', () => undefined)
    expect(config.ok).toBe(false)
  })
})

describe('a pack file adds a language with no code', () => {
  const pack = [
    'name: acme-it',
    'language: it',
    'vocabulary:',
    '  attributes:',
    '    - { id: perpetual, label: "perpetua (perpetual)", words: [perpetua, perpetuo], weight: 2 }',
    '    - { id: irrevocable, label: "irrevocabile (irrevocable)", words: [irrevocabile], weight: 2 }',
    '  objects:',
    '    - { id: content, label: "i tuoi contenuti (user content)", words: ["i tuoi contenuti"] }',
    'cues:',
    '  grant-operatives: ["ci concedi una licenza"]',
    '  from-user: ["ci concedi"]',
    '  negators: [non, mai]',
    '  sale: [vendiamo]',
    '  data-objects: [dati]',
    '  company-subjects: [noi]',
  ].join('\n')
  const config = resolveConfiguration('packs: [it.yml]\nlanguages:\n  - { pattern: "it/**", language: it }\n', '.github/tos-guard.yml', (p) => (p === 'it.yml' ? pack : undefined))

  it('reads Italian with the pack, and says nothing of a language without one', () => {
    if (!config.ok) throw new Error(config.errors.map((e) => e.message).join('; '))
    expect(config.value.packs?.it?.language).toBe('it')
    const before = '# Termini\n\nCi concedi una licenza non esclusiva sui tuoi contenuti per gestire il servizio.\n\nNoi non vendiamo i tuoi dati.\n'
    const after = '# Termini\n\nCi concedi una licenza perpetua e irrevocabile sui tuoi contenuti per gestire il servizio.\n'
    const report = analyzeChangedFile({ path: 'it/termini.md', status: 'modified', before, after }, { configuration: config.value })
    expect(report.findings.map((f) => f.category).sort()).toEqual(['broad-license-grant', 'removed-protection'])
    expect(report.findings.find((f) => f.category === 'broad-license-grant')?.added).toEqual(expect.arrayContaining(['perpetua (perpetual)', 'irrevocabile (irrevocable)']))
  })

  it('refuses a pack whose language is not a code', () => {
    const bad = resolveConfiguration('packs: [x.yml]\n', '.github/tos-guard.yml', () => pack.replace('language: it', 'language: italian'))
    expect(bad.ok).toBe(false)
  })
})

describe('translation drift', () => {
  const finding = { id: 'x', category: 'ai-training', severity: 'high', side: 'after', startLine: 1, endLine: 1, excerpt: '', added: [], message: '', rule: 'builtin/ai-training', score: 5, highlights: [] } as Finding
  const report = (path: string, findings: Finding[]): FileReport => ({ path, status: 'modified', findings, notes: [] })
  const groups = [['terms/en.md', 'terms/fr.md', 'terms/de.md']]

  it('names the versions a change leaves saying the old thing', () => {
    const notes = translationDrift([report('terms/en.md', [finding])], groups)
    expect(notes).toHaveLength(1)
    expect(notes[0]).toContain('`terms/de.md`, `terms/fr.md` are not changed')
  })

  it('says nothing when every version changes, or when the change adds no finding', () => {
    expect(translationDrift(['terms/en.md', 'terms/fr.md', 'terms/de.md'].map((p) => report(p, [finding])), groups)).toEqual([])
    expect(translationDrift([report('terms/en.md', [])], groups)).toEqual([])
    expect(translationDrift([report('terms/en.md', [{ ...finding, suppressed: { by: 'inline', reason: 'ok' } }])], groups)).toEqual([])
  })

  it('names the unchanged members of a glob group from the repository files', () => {
    const notes = translationDrift([report('privacy/en.md', [finding])], [['privacy/*.md']], ['privacy/en.md', 'privacy/es.md', 'README.md'])
    expect(notes[0]).toContain('`privacy/es.md` is not changed')
  })
})
