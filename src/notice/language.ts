import type { NoticeLanguage } from './types.js'

/**
 * The language of a document, for the draft notice: its date line's, else the language whose
 * commonest short words it uses most. Counting a handful of function words is enough to tell
 * four languages apart in a legal text, and it is deterministic.
 */
const MARKERS: Record<NoticeLanguage, RegExp> = {
  en: /\b(?:the|and|you|your|of|to|we|with)\b/giu,
  fr: /\b(?:le|la|les|et|vous|votre|des|nous|avec)\b/giu,
  de: /\b(?:der|die|das|und|sie|ihre|wir|mit|nicht)\b/giu,
  es: /\b(?:el|los|las|y|usted|su|sus|nosotros|con|del)\b/giu,
}

export function guessLanguage(markdown: string): NoticeLanguage {
  const sample = markdown.slice(0, 20_000)
  let best: NoticeLanguage = 'en'
  let bestCount = 0
  for (const language of Object.keys(MARKERS) as NoticeLanguage[]) {
    const count = sample.match(MARKERS[language])?.length ?? 0
    if (count > bestCount) {
      best = language
      bestCount = count
    }
  }
  return best
}
