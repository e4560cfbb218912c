/**
 * Which letters a pair of documents can contain, so that the vocabulary's patterns are compiled
 * no larger than the text needs.
 *
 * Every vocabulary pattern is held to word boundaries, `(?<![\p{L}\p{N}])…(?![\p{L}\p{N}])`.
 * V8 builds each of those Unicode classes anew for every pattern, about a millisecond apiece,
 * and a run compiles a few hundred patterns: most of a small run's time. When neither text holds
 * a letter or digit outside ASCII, `\p{L}` and `[A-Za-z]` (and `\p{N}` and `[0-9]`) accept
 * exactly the same characters of that text, so the ASCII classes give the same matches at a
 * twentieth of the cost. A single letter outside ASCII, or a character reference that Markdown
 * could decode into one, keeps the Unicode patterns.
 */

export type Letters = 'unicode' | 'ascii'

/** Builds a regular expression for patterns run on text with the given letters. */
export type MakeRegExp = (source: string, flags: string) => RegExp

const NON_ASCII = /[^\x00-\x7f]/
// Named and numeric references ("&eacute;", "&#233;") become letters when Markdown is parsed.
const CHARACTER_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/
const NON_ASCII_LETTER = /(?![\x00-\x7f])[\p{L}\p{N}]/u

/** 'ascii' when no text has a letter or digit outside ASCII, nor a reference that may decode to one. */
export function lettersOf(...texts: readonly string[]): Letters {
  for (const text of texts) {
    if (CHARACTER_REFERENCE.test(text)) return 'unicode'
    if (NON_ASCII.test(text) && NON_ASCII_LETTER.test(text)) return 'unicode'
  }
  return 'ascii'
}

const ASCII_CLASS: Record<string, string> = { L: 'A-Za-z', N: '0-9' }

/**
 * `source` with `\p{L}`, `\p{N}`, `\P{L}` and `\P{N}` written as ASCII classes; undefined when it
 * uses another property, or a negated one inside a class, which have no plain ASCII spelling.
 */
export function asciiSource(source: string): string | undefined {
  let out = ''
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string
    if (ch === '\\') {
      const next = source[i + 1] ?? ''
      if (next === 'p' || next === 'P') {
        const m = /^\{([A-Za-z_=]+)\}/.exec(source.slice(i + 2))
        const ascii = m ? ASCII_CLASS[m[1] as string] : undefined
        if (!m || ascii === undefined || (next === 'P' && inClass)) return undefined
        out += inClass ? ascii : next === 'P' ? `[^${ascii}]` : `[${ascii}]`
        i += 1 + m[0].length
        continue
      }
      out += ch + next
      i++
      continue
    }
    if (ch === '[' && !inClass) inClass = true
    else if (ch === ']' && inClass) inClass = false
    out += ch
  }
  return out
}

const unicode: MakeRegExp = (source, flags) => new RegExp(source, flags)
const ascii: MakeRegExp = (source, flags) => new RegExp(asciiSource(source) ?? source, flags)

export function regExpMaker(letters: Letters): MakeRegExp {
  return letters === 'ascii' ? ascii : unicode
}
