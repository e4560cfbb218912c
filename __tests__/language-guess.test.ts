import { describe, expect, it } from 'vitest'
import { analyze } from '../src/analysis/engine.js'
import { detectLanguage } from '../src/analysis/language.js'

/*
 * A wrong language guess reads English terms with another pack and finds nothing, so a guess
 * stands only on evidence: short English terms full of names and dates stay English.
 */
const SHORT = (licence: string): string =>
  ['# Terms', '', 'Effective date: July 27, 2023', '', '## 2. Your content', '', licence, ''].join('\n')

describe('language guess', () => {
  it('keeps short English terms with a date line and a licence English', () => {
    const text = SHORT('You grant Acme a perpetual, irrevocable, sublicensable licence to use Customer Content for any purpose, including training artificial intelligence models.')
    expect(detectLanguage(text)).toBe('en')
  })

  it('still finds the new licence in them', () => {
    const before = SHORT('You grant Acme a licence to host and store Customer Content solely to provide the Services.')
    const after = SHORT('You grant Acme a perpetual, irrevocable, sublicensable licence to use Customer Content for any purpose, including training artificial intelligence models.')
    expect(analyze(before, after).findings.map((f) => f.category)).toContain('ai-training')
  })

  it('reads French as French', () => {
    const fr = ['# Conditions', '', 'Vous nous accordez une licence perpétuelle et irrévocable sur les contenus que vous publiez sur le service, pour toute la durée des droits d\'auteur, et nous pouvons les utiliser pour entraîner nos modèles.', ''].join('\n')
    expect(detectLanguage(fr)).toBe('fr')
  })
})
