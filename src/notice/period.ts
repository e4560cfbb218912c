import picomatch from 'picomatch'
import type { Category } from '../analysis/types.js'
import { DEFAULT_NOTICE_DAYS, type Policy } from '../policy/schema.js'
import type { NoticePeriod } from './types.js'

/**
 * A promise of notice is a sentence that speaks of notice and of changes, and gives a number of
 * days or weeks in digits: "we will notify you at least 30 days before material changes take
 * effect", "thirty (30) days", "30 jours", "30 Tage", "6 Wochen", "30 días". Both kinds of word
 * must stand in one sentence, so "cancel within 14 days" is not a promise. Numbers written in
 * words are not read: a missed promise leaves the policy's period, never a shorter one.
 */
const NOTICE_WORDS = /(?<!\p{L})(?:notice|notify|notified|notification|préavis|notifi|informer|informerons|prévenir|avis|ankündig|benachrichtig|informieren|mitteil|frist|aviso|notific|informar|informaremos|antelación|preaviso)/iu
const CHANGE_WORDS = /(?<!\p{L})(?:chang|modif|amend|updat|revis|changement|mise à jour|mises à jour|änder|aktualisier|cambio|cambiar|actualiz)/iu
/** "30 days", "thirty (30) days", "30 calendar days", "30 jours", "30 Tage(n)", "30 días", and weeks. */
const AMOUNT = /(\d{1,3})\s*\)?\s*(?:calendar\s+|business\s+|jours?\s+calendaires\s+)?(days?|jours?|kalendertagen?|tagen?|días|dias|weeks?|semaines?|wochen|semanas?)(?![\p{L}])/giu

function sentences(text: string): string[] {
  // Paragraphs first, so a heading never joins the sentence below it.
  return text.split(/\n\s*\n/).flatMap((p) => p.replace(/\s+/g, ' ').split(/(?<=[.!?;])\s+(?=\p{Lu})/u))
}

/** The longest notice period a document promises before changes apply, in days, with the sentence. */
export function promisedNotice(markdown: string): { days: number; sentence: string } | undefined {
  let best: { days: number; sentence: string } | undefined
  for (const sentence of sentences(markdown)) {
    if (!NOTICE_WORDS.test(sentence) || !CHANGE_WORDS.test(sentence)) continue
    for (const m of sentence.matchAll(AMOUNT)) {
      const n = Number(m[1])
      const unit = (m[2] as string).toLowerCase()
      const days = /^(?:week|semaine|wochen|semana)/.test(unit) ? n * 7 : n
      if (days > 0 && (best === undefined || days > best.days)) best = { days, sentence: sentence.trim() }
    }
  }
  return best
}

/**
 * The notice period a change needs: the policy's (a path's period instead of `days`; a
 * category's when longer), then the document's own promise — in either version, since the old
 * terms bind the change to them — when longer still. The stricter, i.e. longer, always wins.
 */
export function noticePeriod(policy: Policy | undefined, path: string, categories: readonly Category[], promises: ReadonlyArray<{ days: number; side: 'old' | 'new' } | undefined>): NoticePeriod {
  const notice = policy?.notice
  const byPath = notice?.paths.find((p) => picomatch(p.pattern, { dot: true })(path))
  let period: NoticePeriod = byPath
    ? { days: byPath.days, source: `the policy's notice period for ${byPath.pattern}` }
    : { days: notice?.days ?? DEFAULT_NOTICE_DAYS, source: notice ? "the policy's notice.days" : 'the default notice period' }
  for (const category of [...new Set(categories)].sort()) {
    const days = notice?.categories[category]
    if (days !== undefined && days > period.days) period = { days, source: `the policy's notice period for ${category} changes` }
  }
  for (const promise of promises) {
    if (promise && promise.days > period.days) period = { days: promise.days, source: `the ${promise.side} version's own promise of notice` }
  }
  return period
}

/** YYYY-MM-DD plus a number of days, in UTC: calendar arithmetic without a clock or a time zone. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}
