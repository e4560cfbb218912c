/** Languages whose date lines, notice promises and notice templates tos-guard knows. */
export const NOTICE_LANGUAGES = ['en', 'fr', 'de', 'es'] as const
export type NoticeLanguage = (typeof NOTICE_LANGUAGES)[number]

/**
 * What a date line says the date is: `effective` (the day the terms apply: "Effective date",
 * "En vigueur le", "Gültig ab") or `updated` ("Last updated", "Stand:", "Version of"). Terms
 * that only say "Last updated" mean it as their effective date, so both count; when a document
 * has both, the effective one is the one users are owed notice before.
 */
export type DateKind = 'effective' | 'updated'

/** A "Last updated" / "Effective date" line of a document. */
export interface DateLine {
  /** 1-based line in the file. */
  line: number
  /** The line's text, without Markdown emphasis, trimmed. */
  text: string
  kind: DateKind
  language: NoticeLanguage
  /** The date as YYYY-MM-DD, or undefined when the line holds no full date (day, month, year). */
  date?: string
  /** The date as written, e.g. "27. März 2023". */
  dateText?: string
  /** Where the date's words sit on the line (1-based, end exclusive), for highlighting. */
  startColumn?: number
  endColumn?: number
}

/** A heading of a document and GitHub's anchor for it, to link a change to its section. */
export interface Heading {
  line: number
  depth: number
  text: string
  anchor: string
}

/** Where the notice period came from: the policy, a category's period, or the document itself. */
export interface NoticePeriod {
  days: number
  /** In words, e.g. "the policy's notice.days", "the document's own promise (line 12)". */
  source: string
}

/**
 * What the notice check read in one changed document; the draft notice is rendered from this
 * and the file's findings alone, so it needs neither text again.
 */
export interface NoticeFacts {
  language: NoticeLanguage
  /** The evaluation date the check ran with (YYYY-MM-DD). */
  evaluationDate: string
  period: NoticePeriod
  before?: DateLine
  after?: DateLine
  headings: { before: Heading[]; after: Heading[] }
  /** Whether the file carries a finding at or above fail-on (the notice duties apply). */
  material: boolean
  /** The fail-on the check ran with: the draft speaks of the same findings. */
  failOn: 'low' | 'medium' | 'high' | 'critical'
}

/** What the notice check needs besides the two texts: everything that would otherwise be a clock or a setting. */
export interface NoticeInputs {
  /** The evaluation date, YYYY-MM-DD: the Action's run date, the CLI's --date. */
  date: string
  /** The lowest severity that needs sign-off: only such a finding makes a change material. */
  failOn?: 'low' | 'medium' | 'high' | 'critical'
  /** The draft's language, overriding the policy and the document's own. */
  language?: NoticeLanguage
}
