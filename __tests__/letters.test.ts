import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { asciiSource, lettersOf } from '../src/analysis/letters.js'
import { compileLexicon } from '../src/analysis/lexicon.js'
import { foldForMatching } from '../src/analysis/text.js'
import { useLexicon } from '../src/analysis/use-lexicon.js'
import { BUILTIN_PACKS } from '../src/rules/packs/index.js'

/** Every regular expression reachable from a compiled lexicon, by its path. */
function regexes(value: unknown, path: string, out: Map<string, RegExp>): Map<string, RegExp> {
  if (value instanceof RegExp) out.set(path, value)
  else if (Array.isArray(value)) value.forEach((v, i) => regexes(v, `${path}[${i}]`, out))
  else if (value && typeof value === 'object' && !(value instanceof Set) && !path.endsWith('.pack')) for (const [k, v] of Object.entries(value)) regexes(v, `${path}.${k}`, out)
  return out
}

function matches(re: RegExp, text: string): string[] {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)
  return [...text.matchAll(global)].map((m) => `${m.index}:${m[0]}`)
}

const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.md') ? [join(dir, f)] : []))

describe('ASCII word boundaries', () => {
  it('rewrite only the letter and digit classes, and give up on what has no ASCII spelling', () => {
    expect(asciiSource('(?<![\\p{L}\\p{N}])(?:use)(?![\\p{L}\\p{N}])')).toBe('(?<![A-Za-z0-9])(?:use)(?![A-Za-z0-9])')
    expect(asciiSource('\\p{L}+\\P{N}[^\\p{L}\\s]\\\\p{L}')).toBe('[A-Za-z]+[^0-9][^A-Za-z\\s]\\\\p{L}')
    expect(asciiSource('[\\P{L}]')).toBeUndefined()
    expect(asciiSource('\\p{Lu}')).toBeUndefined()
  })

  it('are used only when no text holds a letter or digit outside ASCII, or a reference to one', () => {
    expect(lettersOf('We may use “your” content — now.', 'Plain text 42')).toBe('ascii')
    expect(lettersOf('Plain', 'Vos données')).toBe('unicode')
    expect(lettersOf('caf&eacute; and &#233;')).toBe('unicode')
    expect(lettersOf('Terms & Conditions; R&D')).toBe('ascii')
  })

  // Every fixture that qualifies, each distinct text once (before/after pairs repeat files).
  const texts = [...new Set(files(join(import.meta.dirname, 'fixtures')).map((f) => readFileSync(f, 'utf8')))]
    .filter((t) => lettersOf(t) === 'ascii')
    .map((t) => foldForMatching(t))
  const text = texts.join('\n\n')
  // A pair of patterns already compared on this text (packs share much of their vocabulary):
  // the same two regular expressions find the same matches again.
  const compared = new Set<string>()

  // One test per pack, so that none of them nears the timeout.
  for (const pack of Object.values(BUILTIN_PACKS)) {
    it(`match exactly what the Unicode patterns match on every fixture that qualifies: ${pack.name}`, () => {
      expect(texts.length).toBeGreaterThan(10)
      const unicode = compileLexicon(pack)
      const ascii = compileLexicon(pack, 'ascii')
      const a = regexes({ ...ascii, uses: useLexicon(ascii) }, pack.name, new Map())
      const u = regexes({ ...unicode, uses: useLexicon(unicode) }, pack.name, new Map())
      expect([...a.keys()]).toEqual([...u.keys()])
      for (const [path, re] of u) {
        const asciiRe = a.get(path) as RegExp
        const key = `${re.flags}/${re.source}\u0000${asciiRe.flags}/${asciiRe.source}`
        if (compared.has(key)) continue
        expect(matches(asciiRe, text), path).toEqual(matches(re, text))
        compared.add(key)
      }
    })
  }
})
