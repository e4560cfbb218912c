/**
 * Characters that change what a machine reads without changing what a person sees: invisible
 * format characters (zero-width spaces and joiners, soft hyphens, bidirectional controls) and
 * Cyrillic or Greek letters that look like Latin ones inside Latin words. A sentence with such
 * characters must read as what it shows: "tr\u200Dain" is "train", and an unchanged promise with
 * a look-alike "е" in "sell" is still the same promise.
 */

const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g

// Look-alikes that render as the Latin letter in common fonts (Unicode confusables, lower and upper case).
const LOOK_ALIKE: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
  ο: 'o', α: 'a', ν: 'v', ι: 'i', κ: 'k', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
}
const LOOK_ALIKE_CLASS = Object.keys(LOOK_ALIKE).join('')
// A word of letters in which at least one Latin letter sits beside the look-alikes: a Russian or
// Greek word is left alone, a Latin word with a stray Cyrillic letter is read as Latin.
const MIXED_WORD = new RegExp(`[\\p{L}]*[${LOOK_ALIKE_CLASS}][\\p{L}]*`, 'gu')
const LATIN = /\p{Script=Latin}/u

export interface Cleaned {
  text: string
  /** 1-based lines where characters were removed or replaced. */
  lines: number[]
}

/** The text as a reader sees it. Lines are kept: only characters inside lines change. */
export function cleanHiddenCharacters(text: string): Cleaned {
  if (!hasCandidates(text)) return { text, lines: [] }
  const touched = new Set<number>()
  const out = text.split('\n').map((line, n) => {
    const cleaned = line.replace(INVISIBLE, '').replace(MIXED_WORD, (word) => {
      if (!LATIN.test(word)) return word
      return [...word].map((ch) => LOOK_ALIKE[ch] ?? ch).join('')
    })
    if (cleaned !== line) touched.add(n + 1)
    return cleaned
  })
  // Nothing replaced: keep the one copy of the document rather than a second, joined one.
  if (touched.size === 0) return { text, lines: [] }
  return { text: out.join('\n'), lines: [...touched] }
}

const CANDIDATE = new RegExp(`[\\u00ad\\u180e\\u200b-\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff${LOOK_ALIKE_CLASS}]`, 'u')

function hasCandidates(text: string): boolean {
  return CANDIDATE.test(text)
}

/** "lines 3, 7 and 12" for a note, the first few only. */
export function describeLines(lines: readonly number[]): string {
  const shown = lines.slice(0, 8)
  const more = lines.length > shown.length ? ` and ${lines.length - shown.length} more` : ''
  return `line${lines.length === 1 ? '' : 's'} ${shown.join(', ')}${more}`
}
