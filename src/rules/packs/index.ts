import { BUILTIN_PACK } from '../builtin.js'
import type { RulePack } from '../types.js'
import { GERMAN_PACK } from './de.js'
import { SPANISH_PACK } from './es.js'
import { FRENCH_PACK } from './fr.js'

/*
 * The built-in packs by language (ISO 639-1). A pack is plain data: loading this module builds a
 * few object literals; their regular expressions are compiled only when a document in that
 * language is analysed (compileLexicon, cached per pack).
 */
export const BUILTIN_PACKS: Readonly<Record<string, RulePack>> = {
  en: BUILTIN_PACK,
  fr: FRENCH_PACK,
  de: GERMAN_PACK,
  es: SPANISH_PACK,
}

/** English names of the languages with a built-in pack, for notes and reports. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', fr: 'French', de: 'German', es: 'Spanish' }

export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? code
}
