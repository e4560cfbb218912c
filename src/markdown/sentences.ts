/** Abbreviations after which a full stop does not end a sentence (lower case, no dots). */
const ABBREVIATIONS = new Set([
  'eg', 'ie', 'inc', 'ltd', 'co', 'corp', 'mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'v', 'cf', 'approx',
  'ca', 'jr', 'sr', 'dept', 'viz', 'al', 'seq', 'gmbh', 'plc', 'pty', 'pte', 'sarl', 'srl', 'intl',
  'dba', 'aka', 'ibid',
  // German, French and Spanish terms: "z. B.", "§§ 15 ff. AktG", "bzw.", "Mme", "p. ej.".
  'z', 'ff', 'bzw', 'ggf', 'usw', 'vgl', 'inkl', 'evtl', 'zzgl', 'sog', 'gem', 'mme', 'mlle', 'cie', 'sra', 'sres', 'ej', 'dto',
])

/** Abbreviations that only abbreviate before a number: "No. 5", "Art. 6", "Sec. 2". */
const NUMBER_ABBREVIATIONS = new Set([
  'no', 'nos', 'art', 'arts', 'sec', 'secs', 'para', 'paras', 'nr', 'vol', 'ch', 'cl', 'pp', 'p',
  'fig', 'ref', 'tel', 'fax', 'op', 'reg', 'regs', 'sub', 'subs', 'rev', 'ed',
  'abs', 'lit', 'ziff', 'núm', 'pág',
])

// A full stop glued to the next sentence ("… the Guidelines.By submitting …") ends one too, as
// in pasted or badly converted text; "WordPress.com" and "U.S." do not match.
const CANDIDATE = /[.!?…]+["'”’)\]]*\s+|(?<=\p{Ll}{3})\.(?=\p{Lu}\p{Ll})/gu

/**
 * Splits prose into sentences, returned as [start, end) character ranges. Survives the
 * abbreviations legal text is full of: "e.g.", "Inc.", "U.S.", "Section 10.4", "(i)".
 */
export function splitSentences(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let start = 0
  CANDIDATE.lastIndex = 0
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const end = m.index + m[0].length
    const next = text[end]
    if (next === undefined) break
    if (!startsSentence(next)) continue
    const mark = m[0][0]
    if (mark === '.' && !endsSentenceAt(text, start, m.index, next)) continue
    const trimmedEnd = m.index + m[0].trimEnd().length
    ranges.push([start, trimmedEnd])
    start = end
  }
  if (start < text.length) ranges.push([start, text.trimEnd().length > start ? text.trimEnd().length : text.length])
  return ranges.filter(([s, e]) => e > s)
}

function startsSentence(ch: string): boolean {
  return /[\p{Lu}\p{N}"“‘'(\[*_•§]/u.test(ch)
}

/** Whether the full stop at `dot` can end the sentence that started at `start`. */
function endsSentenceAt(text: string, start: number, dot: number, next: string): boolean {
  // The word that the full stop follows, e.g. "Inc" or "U.S" or "10".
  let w = dot
  while (w > start && /[\p{L}\p{N}.\-]/u.test(text[w - 1] ?? '')) w--
  const word = text.slice(w, dot)
  if (word.length === 0) return true
  const bare = word.replace(/\./g, '').toLowerCase()
  if (ABBREVIATIONS.has(bare)) return false
  // "etc." ends a sentence unless a parenthesis or number follows.
  if (bare === 'etc' && /[(\p{N}]/u.test(next)) return false
  if (NUMBER_ABBREVIATIONS.has(bare) && /\p{N}/u.test(next)) return false
  // Single initials ("J. Smith") and dotted acronyms ("U.S.", "e.g") do not end sentences.
  if (/^\p{Lu}$/u.test(word)) return false
  if (/^(?:\p{L}\.)+\p{L}?$/u.test(word)) return false
  // A sentence made of nothing but an enumerator ("4.6.", "(b).", "II.") is a label, not a sentence.
  const sentence = text.slice(start, dot).trim()
  if (/^[(\[]?(?:\p{N}{1,3}|[ivxlcdm]{1,6}|\p{L})(?:[.)\]]\p{N}{0,3})*[.)\]]?$/iu.test(sentence)) return false
  if (/^(?:section|article|clause|§|part|schedule|annex|chapter)\s+[\p{N}\p{L}.]{1,8}$/iu.test(sentence)) return false
  return true
}
