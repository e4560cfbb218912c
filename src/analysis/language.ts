import { createRequire } from 'node:module'

/**
 * Which language a terms document (or one of its sections) is written in, so that the analysis
 * reads it with that language's rule pack.
 *
 * Two steps. A count of function words ("the", "and", "of" against "de", "und", "el" …) settles
 * text that is clearly English; anything else is given to franc-min, a trigram classifier of 82
 * languages. franc-min builds its trigram tables when it loads (tens of
 * milliseconds), so it is loaded on first need: an English-only run never pays for it.
 */

/** ISO 639-1 code: "en", "fr", "de", "es", or another language's code. */
export type LanguageCode = string

export const DEFAULT_LANGUAGE: LanguageCode = 'en'

type Franc = typeof import('franc-min')
let francModule: Franc | undefined

function loadFranc(): Franc {
  // In the ncc bundle `require` exists and webpack turns this call into a lazy module load;
  // under tsx and vitest (ESM, no `require`) Node's require(esm) loads the package.
  francModule ??= (typeof require === 'function' ? require('franc-min') : createRequire(import.meta.url)('franc-min')) as Franc
  return francModule
}

/** Whether franc-min has been loaded in this process (for the cold-start test). */
export function classifierLoaded(): boolean {
  return francModule !== undefined
}

/** franc-min answers in ISO 639-3; packs and policies use ISO 639-1. */
const ISO_639_1: Record<string, string> = {
  eng: 'en', fra: 'fr', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', ron: 'ro', pol: 'pl', ces: 'cs',
  slk: 'sk', slv: 'sl', hrv: 'hr', srp: 'sr', bos: 'bs', hun: 'hu', fin: 'fi', swe: 'sv', dan: 'da', nob: 'no',
  nno: 'no', ell: 'el', bul: 'bg', rus: 'ru', ukr: 'uk', tur: 'tr', lit: 'lt', lav: 'lv', est: 'et', cat: 'ca',
  glg: 'gl', eus: 'eu', jpn: 'ja', kor: 'ko', cmn: 'zh', arb: 'ar', heb: 'he', hin: 'hi', ind: 'id', zlm: 'ms',
  vie: 'vi', tha: 'th', fas: 'fa', pes: 'fa',
}

/**
 * Frequent English words (articles, pronouns, prepositions), and those of the other languages
 * with a built-in pack that they compete with. They only settle English: every other answer
 * comes from the classifier, which knows 82 languages (Romanian or Portuguese text must not be
 * taken for Spanish because it shares "o" and "se").
 */
const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'you', 'your', 'we', 'our', 'is', 'are', 'for', 'with', 'that', 'this', 'not', 'be', 'by', 'or', 'may', 'will', 'any', 'which', 'from']),
  fr: new Set(['le', 'les', 'des', 'et', 'du', 'vous', 'votre', 'vos', 'nous', 'notre', 'nos', 'est', 'sont', 'pour', 'avec', 'qui', 'dans', 'une', 'pas', 'sur', 'au', 'aux', 'ou']),
  de: new Set(['der', 'die', 'das', 'und', 'sie', 'ihre', 'ihr', 'wir', 'unsere', 'ist', 'sind', 'für', 'mit', 'dass', 'nicht', 'von', 'zu', 'den', 'dem', 'eine', 'auf', 'oder', 'werden']),
  es: new Set(['el', 'los', 'las', 'y', 'del', 'usted', 'su', 'sus', 'nosotros', 'es', 'son', 'para', 'con', 'en', 'una', 'por', 'se', 'o', 'al', 'lo', 'como']),
}

/** English function words needed, and their lead over any other language's, to settle English. */
const ENGLISH_MIN_HITS = 8
const ENGLISH_LEAD = 3

/** Fewer letters than this give no reliable answer: the text counts as the default language. */
const MIN_LETTERS = 120
/** Characters of prose given to the classifier (franc-min reads at most 2048). */
const SAMPLE_LENGTH = 2000

/**
 * The prose of a Markdown text, for classification: fenced and inline code, link targets,
 * HTML tags, URLs, table pipes and Markdown punctuation taken out.
 */
export function proseSample(markdown: string, limit = SAMPLE_LENGTH * 3): string {
  return markdown
    .slice(0, limit * 2)
    .replace(/^ {0,3}(```|~~~)[^\n]*\n[\s\S]*?(?:\n {0,3}\1[^\n]*|$)/gm, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\]\([^)\n]*\)/g, ']')
    .replace(/<[^>\n]{0,200}>/g, ' ')
    .replace(/\S+/g, withoutAddress)
    .replace(/^\s*\|?[\s:|-]+\|[\s:|-]*$/gm, ' ')
    .replace(/[|#*_>[\]~=]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, limit)
}

/**
 * A word without the URL or e-mail address it holds. Read word by word, not as one expression:
 * "\S+@\S+\.\S+" backtracks cubically over "a@a@a@…" (minutes for 16 kB).
 */
function withoutAddress(word: string): string {
  const at = word.indexOf('@', 1)
  if (at !== -1 && word.lastIndexOf('.', word.length - 2) >= at + 2) return ' '
  const url = word.search(/https?:\/\/|www\./)
  return url === -1 ? word : `${word.slice(0, url)} `
}

/** Whether English function words clearly dominate the sample. */
function clearlyEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? []
  const count = (set: ReadonlySet<string>): number => words.filter((w) => set.has(w)).length
  const english = count(FUNCTION_WORDS.en as ReadonlySet<string>)
  const others = Object.entries(FUNCTION_WORDS).filter(([language]) => language !== 'en').map(([, set]) => count(set))
  return english >= ENGLISH_MIN_HITS && english >= ENGLISH_LEAD * Math.max(0, ...others)
}

/**
 * The language of a piece of Markdown prose. Short or undetermined text is the default language
 * (English): the engine has always read it that way.
 */
export function detectLanguage(markdown: string): LanguageCode {
  const sample = proseSample(markdown)
  const letters = sample.match(/\p{L}/gu)?.length ?? 0
  if (letters < MIN_LETTERS) return DEFAULT_LANGUAGE
  if (clearlyEnglish(sample)) return 'en'
  const code = loadFranc().franc(sample.slice(0, SAMPLE_LENGTH), { minLength: MIN_LETTERS })
  const language = ISO_639_1[code] ?? DEFAULT_LANGUAGE
  // A wrong guess reads English terms with another language's pack, and finds nothing: the
  // classifier's answer stands only where that language's own small words outnumber English ones.
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? []
  const count = (set: ReadonlySet<string> | undefined): number => (set ? words.filter((w) => set.has(w)).length : 0)
  const english = count(FUNCTION_WORDS.en)
  const own = FUNCTION_WORDS[language]
  if (language !== 'en' && (own ? count(own) <= english : english >= ENGLISH_MIN_HITS)) return 'en'
  return language
}

/** A part of a document in one language, from `startLine` (1-based) to the next part. */
export interface LanguagePart {
  startLine: number
  language: LanguageCode
}

/** Documents shorter than this are read in one language. */
const MIXED_MIN_LENGTH = 3000
/** A section with less prose than this takes the language of the section before it. */
const SECTION_MIN_LETTERS = 400

/**
 * The languages of a document, per top-level section when it is long and its sections differ
 * (an English text followed by its French version, say); otherwise one part. Top-level
 * sections start at the shallowest ATX heading level the document uses.
 */
export function languageParts(markdown: string, fallback: LanguageCode = detectLanguage(markdown)): LanguagePart[] {
  const whole: LanguagePart[] = [{ startLine: 1, language: fallback }]
  if (markdown.length < MIXED_MIN_LENGTH) return whole
  const lines = markdown.split('\n')
  let inFence = false
  const headings: Array<{ line: number; depth: number }> = []
  lines.forEach((line, i) => {
    if (/^ {0,3}(?:```|~~~)/.test(line)) inFence = !inFence
    const m = inFence ? null : /^ {0,3}(#{1,6})[ \t]/.exec(line)
    if (m?.[1]) headings.push({ line: i, depth: m[1].length })
  })
  if (headings.length < 2) return whole
  // The shallowest level used more than once (a lone title "# Terms" does not split a document).
  const depths = [...new Set(headings.map((h) => h.depth))].sort((a, b) => a - b)
  const depth = depths.find((d) => headings.filter((h) => h.depth === d).length >= 2)
  if (depth === undefined) return whole
  const starts = [0, ...headings.filter((h) => h.depth === depth && h.line > 0).map((h) => h.line)]
  // A section with little prose (a title, a short preamble) takes the language of the section
  // before it, or, at the start, of the first section that has enough prose.
  const detected = starts.map((start, k) => {
    const text = lines.slice(start, starts[k + 1] ?? lines.length).join('\n')
    const letters = proseSample(text).match(/\p{L}/gu)?.length ?? 0
    return letters >= SECTION_MIN_LETTERS ? detectLanguage(text) : undefined
  })
  let previous = detected.find((d) => d !== undefined) ?? fallback
  const parts: LanguagePart[] = []
  starts.forEach((start, k) => {
    const language = detected[k] ?? previous
    if (parts[parts.length - 1]?.language !== language) parts.push({ startLine: start + 1, language })
    previous = language
  })
  if (parts.length <= 1) return whole
  parts[0] = { startLine: 1, language: parts[0]?.language ?? fallback }
  return parts
}

/** The language of the part a 1-based line falls in. */
export function languageAt(parts: readonly LanguagePart[], line: number): LanguageCode {
  let language = parts[0]?.language ?? DEFAULT_LANGUAGE
  for (const p of parts) if (p.startLine <= line) language = p.language
  return language
}
