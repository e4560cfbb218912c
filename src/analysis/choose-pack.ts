import { BUILTIN_PACK } from '../rules/builtin.js'
import { BUILTIN_PACKS, languageName } from '../rules/packs/index.js'
import type { RulePack } from '../rules/types.js'
import { DEFAULT_LANGUAGE, detectLanguage, languageAt, languageParts, type LanguagePart } from './language.js'
import type { Letters } from './letters.js'
import { compileLexicon } from './lexicon.js'
import type { LexiconAt } from './side.js'

/** Rule packs by language (ISO 639-1): the built-in ones with a company's packs merged in. */
export type LanguagePacks = Readonly<Partial<Record<string, RulePack>>>

export interface PackChoice {
  /** `pack` is the English pack (the company's, or the built-in one); `packs` the other languages'. */
  pack?: RulePack
  packs?: LanguagePacks
  language?: string
}

/** The packs a pair of versions is read with. */
export interface ChosenPacks {
  language: string
  /** The pack of the document's language. */
  pack: RulePack
  /** Set when a version has sections in more than one language: the lexicon of each line. */
  sections?: { before?: LexiconAt; after?: LexiconAt }
  /** How the documents were read, when not as English. */
  notes: string[]
}

/** The pack for a language: a company's, else the built-in one; undefined when there is none. */
export function packForLanguage(language: string, choice: PackChoice): RulePack | undefined {
  const own = choice.packs?.[language]
  if (own) return own
  if (language === DEFAULT_LANGUAGE) return choice.pack ?? BUILTIN_PACK
  return BUILTIN_PACKS[language]
}

function describe(parts: readonly LanguagePart[]): string {
  return parts.map((p) => `${languageName(p.language)} from line ${p.startLine}`).join(', ')
}

/**
 * Chooses the packs for a pair of versions: the language set by the policy or the command line,
 * else the one detected in the new version (the old one when the file was deleted). A long
 * version whose top-level sections are in different languages is read section by section.
 */
export function choosePacks(before: string, after: string, choice: PackChoice, letters: Letters = 'unicode'): ChosenPacks {
  const notes: string[] = []
  const english = choice.pack ?? BUILTIN_PACK
  const set = choice.language
  const language = set ?? detectLanguage(after.trim() !== '' ? after : before)
  const found = packForLanguage(language, choice)
  const pack = found ?? english
  if (!found) notes.push(`the text is in ${languageName(language)}, for which there is no rule pack; it was read with the English one (add a pack with "language: ${language}" to read it)`)
  else if (language !== DEFAULT_LANGUAGE) notes.push(`read as ${languageName(language)} (${set ? 'set by the policy or command line' : 'detected'}), with the ${pack.name} rule pack`)
  if (set) return { language, pack, notes }

  const sectionsOf = (text: string, label: string): LexiconAt | undefined => {
    const parts = languageParts(text, language)
    // Sections in languages without a pack of their own are read with the document's pack anyway.
    if (parts.every((p) => (packForLanguage(p.language, choice) ?? pack) === pack)) return undefined
    notes.push(`the ${label} version is read per section: ${describe(parts)}`)
    return (line) => compileLexicon(packForLanguage(languageAt(parts, line), choice) ?? pack, letters)
  }
  const beforeSections = sectionsOf(before, 'old')
  const afterSections = sectionsOf(after, 'new')
  if (!beforeSections && !afterSections) return { language, pack, notes }
  return { language, pack, notes, sections: { ...(beforeSections ? { before: beforeSections } : {}), ...(afterSections ? { after: afterSections } : {}) } }
}
