import type { CompiledGrammar } from './lexicon.js'
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

/*
 * How a definition is written ("X" means …, … (collectively, "X"), « X » désigne …) is the
 * language's grammar: the patterns live in each rule pack (Grammar.definitionStart and
 * definitionInline) and reach this module compiled, in the lexicon.
 */

/** Normalises a defined term for lookup: "“Customer Content”" → "customer content". */
export function normalizeTerm(term: string): string {
  return term
    .toLowerCase()
    .replace(/[*_"“”'‘’«»„‹›]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Finds the definitions a clause makes: `"X" means …`, `… (collectively, "X")`. */
export function findDefinitions(text: string, grammar: CompiledGrammar): Definition[] {
  const found: Definition[] = []
  const stripped = text.replace(/^\s*(?:\(?(?:[ivxlcdm]{1,6}|[a-z]|\d{1,3}(?:\.\d{1,3})*)[.)]\s+|\d{1,3}(?:\.\d{1,3})+\s+|[•*-]\s+)/i, '')
  const offset = text.length - stripped.length
  const m = grammar.definitionStart.exec(stripped)
  // "It includes …", "This Policy includes …": only "means" defines an unquoted term.
  const termStart = m?.indices?.[1]?.[0] ?? 0
  const quoted = m ? /["“”'‘’«„»‹›]\s*$/u.test(stripped.slice(m.index, termStart)) : false
  const strongVerb = m ? grammar.definitionStrongVerb.test(m[0]) : false
  if (m?.[1] && (quoted || strongVerb) && !grammar.definitionPronoun.test(m[1].trim())) {
    const term = normalizeTerm(m[1])
    if (term.length > 1 && term.split(' ').length <= 6) {
      found.push({ term, display: m[1].trim(), body: foldForMatching(stripped.slice(m[0].length)), span: { start: offset, end: text.length } })
    }
  }
  const inline = grammar.definitionInline
  inline.lastIndex = 0
  for (let i = inline.exec(text); i !== null; i = inline.exec(text)) {
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
