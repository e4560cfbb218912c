import { splitChunks } from '../markdown/chunks.js'
import { stripBom, type ChunkSelector } from '../markdown/document.js'
import { decodeEntities } from '../markdown/html.js'
import type { Lexicon } from './lexicon.js'
import { foldForMatching } from './text.js'

/**
 * A chunk's text with inline Markdown and HTML markup taken out, close to how its clauses read.
 * What a tag or a link destination quotes stays: alt and title texts are read as clauses too.
 */
export function roughText(chunk: string): string {
  return foldForMatching(
    decodeEntities(chunk)
      .replace(/<([^>\n]{0,200})>/g, ' $1 ')
      .replace(/\]\(([^)\n]{0,500})\)/g, (_, inner: string) => `] ${inner.match(/"[^"]*"|'[^']*'/g)?.join(' ') ?? ''}`)
      .replace(/[*_`~\\[\]#>|]/g, '')
      .replace(/\s+/g, ' '),
  )
}

/**
 * Which chunks of each version must be read: every chunk the other version does not have word
 * for word, and every chunk with analysis vocabulary (grants, AI, protections, definitions),
 * which the baselines need even when unchanged. The rest — unchanged prose about payments,
 * accounts, disputes — cannot produce or affect a finding.
 */
export function chunkSelectors(before: string, after: string, lexicon: Lexicon): { before: ChunkSelector; after: ChunkSelector } {
  const texts = (source: string): Set<string> => new Set(splitChunks(source).map((c) => source.slice(c.start, c.end)))
  const beforeChunks = texts(stripBom(before))
  const afterChunks = texts(stripBom(after))
  const test = (re: RegExp, text: string): boolean => {
    re.lastIndex = 0
    return re.test(text)
  }
  // Only chunks both versions have are asked about, by both: each is read once.
  const known = new Map<string, boolean>()
  const relevant = (text: string): boolean => {
    const seen = known.get(text)
    if (seen !== undefined) return seen
    const rough = roughText(text)
    const answer =
      test(lexicon.core, rough) ||
      lexicon.grammar.definitionHint.test(rough) ||
      test(lexicon.purposeReference, rough) ||
      // A promise not to share data with third parties needs all three.
      (test(lexicon.share, rough) && test(lexicon.negators, rough) && (test(lexicon.thirdParties, rough) || test(lexicon.grammar.shareRecipient, rough)))
    known.set(text, answer)
    return answer
  }
  return {
    before: (text) => !afterChunks.has(text) || relevant(text),
    after: (text) => !beforeChunks.has(text) || relevant(text),
  }
}
