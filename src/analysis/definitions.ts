import { foldForMatching, type Span } from './text.js'

/** A defined term and the words that define it. */
export interface Definition {
  /** The term, normalised: "customer content". */
  term: string
  /** The term as written: "Customer Content". */
  display: string
  /** The defining words, folded for matching. */
  body: string
  /** Where the definition sits in the clause's own text. */
  span: Span
}

const QUOTE = `["“”'‘’]`
const MEANS = new RegExp(
  `^(?:as used (?:in|herein|throughout)[^,]{0,60},\\s*)?(?:the (?:term|terms|word) )?${QUOTE}?((?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}’'&.-]*)(?:\\s+(?:of |and |or |the |[\\p{Lu}\\p{N}][\\p{L}\\p{N}’'&.-]*)){0,6})${QUOTE}?\\s*(?:\\([^)]{0,80}\\)\\s*)?,?\\s*(?:means|shall mean|refers to|shall refer to|is defined as|has the meaning|includes|shall include|encompasses|comprises|consists of|does not include|excludes)(?![\\p{L}])`,
  'u',
)
const INLINE = new RegExp(`\\((?:(?:collectively|together|each|individually|hereinafter|hereafter|also|and|or|any of which|all of (?:the above|which)[^,"“]{0,40}|referred to (?:herein )?as)[,\\s]+)*(?:the |as |a |an )?${QUOTE}([^"“”]{1,60})${QUOTE}\\)`, 'gu')

/**
 * Text in which findDefinitions may find something, as a test on folded text with markup taken
 * out (see roughText): a strong verb anywhere; a quoted term of a few words before a weaker verb
 * (MEANS); a quoted term closing a parenthesis (INLINE). It must stay a superset of both — an
 * unchanged chunk it misses is never read — and a test checks that it is on every clause of the
 * corpus. "&" and ";" let through quotes written as HTML entities that roughText leaves alone.
 */
export const DEFINITION_HINT = new RegExp(
  [
    '(?<![\\p{L}\\p{N}])(?:means|shall mean|refers? to|is defined as|has the meaning)(?![\\p{L}\\p{N}])',
    '["\'&][\\p{L}\\p{N}\'&;. -]{1,200}?["\';]? ?(?:\\([^)]{0,100}\\) ?)?,? ?(?:includ|encompass|compris|consist|exclud)',
    '["\'&][^"\\n]{1,120}["\';] *\\)',
  ].join('|'),
  'u',
)

const PRONOUN = /^(?:it|this|that|these|those|they|which|such|each|there|here|he|she|we|you|our|your|its|their)(?:\s|$)/i

/** Normalises a defined term for lookup: "“Customer Content”" → "customer content". */
export function normalizeTerm(term: string): string {
  return term
    .toLowerCase()
    .replace(/[*_"“”'‘’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Finds the definitions a clause makes: `"X" means …`, `… (collectively, "X")`. */
export function findDefinitions(text: string): Definition[] {
  const found: Definition[] = []
  const stripped = text.replace(/^\s*(?:\(?(?:[ivxlcdm]{1,6}|[a-z]|\d{1,3}(?:\.\d{1,3})*)[.)]\s+|\d{1,3}(?:\.\d{1,3})+\s+|[•*-]\s+)/i, '')
  const offset = text.length - stripped.length
  const m = MEANS.exec(stripped)
  // "It includes …", "This Policy includes …": only "means" defines an unquoted term.
  const quoted = m ? /^[^\p{L}\p{N}]*["“”'‘’]/u.test(m[0].replace(/^(?:as used[^,]*,\s*)?(?:the (?:term|terms|word) )?/i, '')) : false
  const strongVerb = m ? /(?:means|shall mean|refers to|shall refer to|is defined as|has the meaning)$/.test(m[0]) : false
  if (m?.[1] && (quoted || strongVerb) && !PRONOUN.test(m[1].trim())) {
    const term = normalizeTerm(m[1])
    if (term.length > 1 && term.split(' ').length <= 6) {
      found.push({ term, display: m[1].trim(), body: foldForMatching(stripped.slice(m[0].length)), span: { start: offset, end: text.length } })
    }
  }
  INLINE.lastIndex = 0
  for (let i = INLINE.exec(text); i !== null; i = INLINE.exec(text)) {
    const display = (i[1] ?? '').trim()
    const term = normalizeTerm(display)
    if (!term || term.split(' ').length > 6 || found.some((d) => d.term === term)) continue
    // The words before the parenthesis, back to the previous clause break, define the term.
    const before = text.slice(0, i.index)
    const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('. '))
    const start = cut + 1
    found.push({ term, display, body: foldForMatching(before.slice(start)), span: { start, end: i.index + i[0].length } })
  }
  return found
}
