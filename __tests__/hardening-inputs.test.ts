import { describe, expect, it } from 'vitest'
import { analyze } from '../src/analysis/engine.js'
import { analyzeChangedFile } from '../src/files/analyze-file.js'
import { parseDocument } from '../src/markdown/document.js'

/*
 * Bad input never crashes into silence: each gives findings, or a note that says what happened.
 * Time bounds here are generous guards against blow-ups (seconds, not milliseconds); speed itself
 * is measured by npm run bench.
 */
const GRANT = 'You grant us a perpetual, irrevocable license to use your content to train our AI models.'

function timed<T>(f: () => T): { value: T; ms: number } {
  const start = performance.now()
  const value = f()
  return { value, ms: performance.now() - start }
}

describe('bad input', () => {
  it('binary and non-UTF-8 files get an error note, not findings or silence', () => {
    const binary = analyzeChangedFile({ path: 'x.md', status: 'modified', before: 'Terms.\n', after: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]) })
    expect(binary.notes).toEqual([{ level: 'error', message: 'the new version cannot be analysed: binary file (contains NUL bytes)' }])
    // A NUL past the first 8 KiB too (issue 11).
    const late = new Uint8Array(Buffer.concat([Buffer.from(`${'You grant us a licence. '.repeat(500)}\n`), Buffer.from([0])]))
    expect(late.length).toBeGreaterThan(8192)
    expect(analyzeChangedFile({ path: 'x.md', status: 'modified', before: 'Terms.\n', after: late }).notes).toEqual(binary.notes)
    const latin1 = analyzeChangedFile({ path: 'x.md', status: 'modified', before: Buffer.from('Caf\xe9\n', 'latin1'), after: 'Terms.\n' })
    expect(latin1.notes[0]?.message).toBe('the old version cannot be analysed: not valid UTF-8 text')
    const utf16 = analyzeChangedFile({ path: 'x.md', status: 'modified', before: 'x', after: Buffer.from('\ufeffTerms', 'utf16le') })
    expect(utf16.notes[0]?.message).toMatch(/UTF-16 text; save it as UTF-8|binary/)
  })

  it('a byte-order mark and CRLF line endings keep lines right, and converting line endings is no change', () => {
    const lf = `# Terms\n\nWelcome.\n\n${GRANT}\n`
    const crlf = `\ufeff${lf.replace(/\n/g, '\r\n')}`
    expect(analyze(lf, crlf).findings).toEqual([])
    const [f] = analyze('# Terms\r\n', crlf).findings
    expect(f).toMatchObject({ startLine: 5, endLine: 5 })
  })

  it('an empty file on either side, and HTML-only files', () => {
    expect(analyze('', '').findings).toEqual([])
    expect(analyze(`${GRANT}\n`, '').findings.map((f) => f.side)).toEqual([])
    expect(analyze('', `${GRANT}\n`).findings.length).toBeGreaterThan(0)
    const html = `<div class="terms"><h2>Licence</h2><p>${GRANT}</p></div>\n`
    expect(analyze('<div class="terms"><h2>Licence</h2></div>\n', html).findings.map((f) => f.category).sort()).toEqual(['ai-training', 'broad-license-grant'])
    // HTML rewritten as Markdown with the same words adds nothing.
    expect(analyze(html, `## Licence\n\n${GRANT}\n`).findings).toEqual([])
  })

  it('front matter is not terms text', () => {
    const fm = (v: string) => `---\ntitle: Terms\nupdated: ${v}\nsummary: we may use your content to train our AI models\n---\n\nTerms.\n`
    expect(analyze(fm('2025-01-01'), fm('2026-01-01')).findings).toEqual([])
  })

  it('deeply nested lists and block quotes are read as plain paragraphs, with a note', () => {
    const quotes = `${'>'.repeat(5000)} ${GRANT}\n`
    const lists = `${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n${'  '.repeat(200)}- ${GRANT}\n`
    for (const text of [quotes, lists]) {
      const { value, ms } = timed(() => analyze('', text))
      expect(value.findings.length).toBeGreaterThan(0)
      expect(value.notes).toContainEqual(expect.stringMatching(/^new version: block quotes or lists nest \d+ levels deep; the document was read as plain paragraphs$/))
      expect(ms).toBeLessThan(15_000)
    }
    expect(parseDocument(quotes).clauses[0]?.startLine).toBe(1)
  })

  it('a 100,000-character line and a 5 MB document finish, with findings on the right lines', () => {
    const longLine = `${'We explain our services in detail. '.repeat(2900)}${GRANT}\n`
    expect(longLine.length).toBeGreaterThan(100_000)
    const { value: a, ms: ta } = timed(() => analyze('Terms.\n', longLine))
    expect(a.findings.every((f) => f.startLine === 1)).toBe(true)
    expect(a.findings.length).toBeGreaterThan(0)
    expect(ta).toBeLessThan(30_000)
    const section = (i: number) => `## Section ${i}\n\nThis section explains payment terms, refunds and taxes for plan ${i} in plain words.\n\n`
    const big = Array.from({ length: 50_000 }, (_, i) => section(i)).join('')
    expect(big.length).toBeGreaterThan(5_000_000)
    const changed = big.replace('for plan 31000 in plain words.', `for plan 31000 in plain words. ${GRANT}`)
    const { value: b, ms: tb } = timed(() => analyze(big, changed))
    expect(b.findings.map((f) => f.startLine)).toEqual([124003, 124003])
    expect(tb).toBeLessThan(120_000)
  }, 240_000)
})
