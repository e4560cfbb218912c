import { describe, expect, it } from 'vitest'
import { analyze } from '../src/analysis/engine.js'

/*
 * Issue 11 (smaller defects): striking a protection through is deleting it. Struck text (GFM
 * "~~…~~", HTML <del>, <s>, <strike>) is not text in force, in either version.
 */
const PROTECTION = 'We will never sell your personal data.'
const GRANT = 'You grant us a perpetual, irrevocable license to use your content to train our AI models.'
const doc = (clause: string): string => `# Privacy\n\nWelcome to Acme.\n\n${clause}\n\nContact us at any time.\n`

const strikes: Record<string, (t: string) => string> = {
  'GFM ~~…~~': (t) => `~~${t}~~`,
  'GFM ~…~': (t) => `~${t}~`,
  '<del>': (t) => `<del>${t}</del>`,
  '<s>': (t) => `<s>${t}</s>`,
  '<strike>': (t) => `<STRIKE>${t}</STRIKE>`,
  '<del> in an HTML block': (t) => `<div>\n<del>${t}</del>\n</div>`,
}

describe('struck text is not present text', () => {
  for (const [name, strike] of Object.entries(strikes)) {
    it(`a protection struck through with ${name} is removed`, () => {
      const removed = analyze(doc(PROTECTION), doc('')).findings
      expect(removed.map((f) => f.category)).toEqual(['removed-protection'])
      const struck = analyze(doc(PROTECTION), doc(strike(PROTECTION))).findings
      expect(struck.map((f) => ({ category: f.category, side: f.side, startLine: f.startLine }))).toEqual([{ category: 'removed-protection', side: 'before', startLine: 5 }])
    })

    it(`a grant struck through with ${name} grants nothing; unstriking it is new`, () => {
      expect(analyze(doc(''), doc(strike(GRANT))).findings).toEqual([])
      expect(analyze(doc(strike(GRANT)), doc(GRANT)).findings.length).toBeGreaterThan(0)
    })
  }

  it('text after struck words on the same line keeps its position', () => {
    const after = `# Privacy\n\nWelcome.\n\n~~${PROTECTION}~~ <del>Old words.</del> ${GRANT}\n`
    const findings = analyze('# Privacy\n\nWelcome.\n', after).findings
    expect(findings.length).toBeGreaterThan(0)
    for (const f of findings) {
      expect(f.startLine).toBe(5)
      expect(f.excerpt).not.toContain('never sell')
    }
  })
})
