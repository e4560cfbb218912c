import { describe, expect, it } from 'vitest'
import { analyze } from '../src/analysis/engine.js'
import { analyzeChangedFile } from '../src/files/analyze-file.js'

/*
 * Issue 11, item 11: markers that make the Markdown parser slow. Ten thousand list markers on one
 * line nest ten thousand lists (minutes of parsing); thousands of emphasis, strikethrough or link
 * markers in one paragraph cost seconds each thousand. Such text is read as plain paragraphs, and
 * the file gets an error note: a document that cannot be read as Markdown is never green.
 */
const GRANT = 'You grant us a perpetual, irrevocable license to use your content to train our AI models.'
const LINE = 16_000

const shapes: Record<string, string> = {
  'list markers': '- ',
  'star list markers': '* ',
  'ordered list markers': '1. ',
  'block quotes and lists': '> - ',
  emphasis: '*a',
  'emphasis after letters': 'a*',
  underscores: '_a',
  strikethrough: '~a',
  brackets: '[',
  'link openings': '[a](',
  'image openings': '![',
  'angle brackets': '<',
}

/** Shapes that are Markdown enough but once cost minutes outside the parser. */
const slowElsewhere: Record<string, string> = {
  // "\S+@\S+\.\S+" in the language guess backtracked cubically over "a@a@a@…" (8 minutes for 16 kB).
  'at signs': 'a@',
  'table cells': 'a|',
}

function timed<T>(f: () => T): { value: T; ms: number } {
  const start = performance.now()
  const value = f()
  return { value, ms: performance.now() - start }
}

describe('pathological marker shapes (issue 11, item 11)', () => {
  for (const [name, unit] of Object.entries(shapes)) {
    it(`${name} repeated over ${LINE / 1000} kB of one line: read as plain paragraphs within seconds, with an error note`, () => {
      const line = unit.repeat(Math.ceil(LINE / unit.length))
      const after = `# Terms\n\n${line} ${GRANT}\n`
      const { value, ms } = timed(() => analyzeChangedFile({ path: 'terms.md', status: 'modified', before: '# Terms\n\nWelcome.\n', after }))
      expect(value.notes).toContainEqual({ level: 'error', message: expect.stringMatching(/^new version: .*; the document was read as plain paragraphs$/) })
      expect(value.findings.length).toBeGreaterThan(0)
      expect(ms).toBeLessThan(5_000)
    }, 60_000)
  }

  for (const [name, unit] of Object.entries(slowElsewhere)) {
    it(`${name} repeated over ${LINE / 1000} kB of one line: read within seconds`, () => {
      const table = unit.includes('|') ? '| a | b |\n|---|---|\n' : ''
      const after = `# Terms\n\n${table}${unit.repeat(Math.ceil(LINE / unit.length))} ${GRANT}\n`
      const { value, ms } = timed(() => analyzeChangedFile({ path: 'terms.md', status: 'modified', before: '# Terms\n\nWelcome.\n', after }))
      expect(value.findings.length).toBeGreaterThan(0)
      expect(ms).toBeLessThan(10_000)
    }, 60_000)
  }

  it('ordinary emphasis, links, thematic breaks and lists are read as Markdown, with no note', () => {
    const para = (i: number) => `**Section ${i}.** See [our policy](https://example.com/${i}) and *the* _notes_ ~~old~~ <br> \`code\`.\n`
    const text = `# Terms\n\n${Array.from({ length: 400 }, (_, i) => para(i)).join('\n')}\n${'* '.repeat(60)}\n\n- a\n  - b\n    - c\n\n${GRANT}\n`
    const result = analyze('# Terms\n', text)
    expect(result.notes).toEqual([])
    expect(result.findings.length).toBeGreaterThan(0)
  })
})
