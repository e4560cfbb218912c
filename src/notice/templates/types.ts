import type { Category } from '../../analysis/types.js'

/** The categories a notice to users speaks of: changes to the terms' substance. */
export type NoticeCategory = Exclude<Category, 'policy-change' | 'notice'>

/**
 * The wording of a draft notice in one language. Data, not code: a template says only what its
 * category means in every case, and the rest of a paragraph is the finding's own words (what it
 * adds, via the glossary) and the clause quoted as written, so a draft never claims more than the
 * findings do. Placeholders are written {name}.
 */
export interface NoticeTemplate {
  /** Title of the draft. */
  title: string
  /** Opens a document's part: {document} is its linked title. */
  intro: string
  /** {date} is the new effective date. */
  effective: string
  /** When the document states no readable effective date: {days} is the notice period. */
  effectiveUnset: string
  /** What a change of each category lets the company do, in everyday words. */
  categories: Record<NoticeCategory, string>
  /** For a widened definition whose defined term is known: {term}. */
  definitionNamed: string
  /** Lead-in to the list of what a change adds: {list}. */
  adds: string
  /** Lead-in to the list of the protections that are gone: {list}. */
  removes: string
  /** Lead-in to the quote of the new wording: {section} is the linked heading, or nothing. */
  newWording: string
  newWordingNoSection: string
  /** Lead-in to the quote of removed wording. */
  oldWording: string
  oldWordingNoSection: string
  /** The word joining the last two items of a list. */
  and: string
  /** Month names, January first. */
  months: readonly string[]
  /** {d} {month} {y}, in the language's order; {d1} is the day with "1st of month" marked where the language does. */
  dateFormat: string
  /** Day 1 as written in dates (French "1er"). */
  firstDay?: string
  /** Everyday words for the finding vocabulary's labels; a label not listed is quoted as it is. */
  glossary: Readonly<Record<string, string>>
  /** Closing line for counsel, kept in an HTML comment so it is never published by mistake. */
  draftNote: string
}
