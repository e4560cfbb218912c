import type { CueName, PackFile } from '../policy/schema.js'
import { BUILTIN_PACK, ENGLISH_GRAMMAR } from './builtin.js'
import type { AiVocabulary, Cues, Grammar, ObjectEntry, ProtectionVocabulary, RulePack, VocabularyEntry } from './types.js'

const FOLD: Record<string, string> = { '’': "'", '‘': "'", '“': '"', '”': '"', '–': '-', '—': '-' }

/** A literal word or phrase as a pattern: escaped, folded like clause text, any spacing. */
export function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .toLowerCase()
    .replace(/[’‘“”–—]/g, (c) => FOLD[c] ?? c)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, ' ')
}

function mergeEntries<T extends VocabularyEntry>(base: readonly T[], additions: PackFile['vocabulary']['attributes'], make: (e: VocabularyEntry) => T): T[] {
  const out = base.map((e) => ({ ...e, patterns: [...e.patterns] }))
  for (const add of additions) {
    const patterns = add.words.map(phrasePattern)
    const existing = out.find((e) => e.id === add.id)
    if (existing) existing.patterns.push(...patterns)
    else out.push(make({ id: add.id, label: add.label, patterns, ...(add.weight !== undefined ? { weight: add.weight } : {}) }))
  }
  return out
}

/** Where each phrase list of a pack file's `cues` goes in a RulePack. */
const CUE_TARGETS: Record<CueName, ['cues', keyof Cues] | ['protections', keyof ProtectionVocabulary] | ['grammar', GrammarList]> = {
  'grant-operatives': ['cues', 'grantOperatives'],
  'from-user': ['cues', 'fromUser'],
  'to-user': ['cues', 'toUser'],
  negators: ['cues', 'negators'],
  restrictions: ['cues', 'restrictions'],
  'scope-boundaries': ['cues', 'scopeBoundaries'],
  'third-parties': ['cues', 'thirdParties'],
  'company-objects': ['cues', 'companyObjects'],
  warranties: ['cues', 'warranties'],
  'grant-references': ['cues', 'grantReferences'],
  sale: ['protections', 'sale'],
  share: ['protections', 'share'],
  consent: ['protections', 'consent'],
  'purpose-limit': ['protections', 'purposeLimit'],
  'duration-limit': ['protections', 'durationLimit'],
  ownership: ['protections', 'ownership'],
  'data-objects': ['protections', 'dataObjects'],
  'definition-words': ['grammar', 'definitionWords'],
  conditionals: ['grammar', 'conditionals'],
  'user-subjects': ['grammar', 'userSubjects'],
  'company-subjects': ['grammar', 'companySubjects'],
  'use-verbs': ['grammar', 'useVerbs'],
  'collect-verbs': ['grammar', 'collectVerbs'],
}

type GrammarList = 'definitionWords' | 'conditionals' | 'userSubjects' | 'companySubjects' | 'useVerbs' | 'gatedUseVerbs' | 'collectVerbs' | 'coreWords' | 'purposeReference' | 'postNegators' | 'licensing'

function mergeCues(base: RulePack, cues: PackFile['cues']): Pick<RulePack, 'cues' | 'protections' | 'grammar'> {
  const out = { cues: { ...base.cues }, protections: { ...base.protections }, grammar: { ...base.grammar } }
  for (const [name, words] of Object.entries(cues) as Array<[CueName, string[] | undefined]>) {
    if (!words || words.length === 0) continue
    const patterns = words.map(phrasePattern)
    const [where, key] = CUE_TARGETS[name]
    if (where === 'cues') out.cues[key] = [...(out.cues[key] ?? []), ...patterns]
    else if (where === 'protections') out.protections[key] = [...out.protections[key], ...patterns]
    else {
      const lists: GrammarList[] = key === 'useVerbs' ? ['useVerbs', 'gatedUseVerbs'] : [key]
      for (const k of lists) out.grammar[k] = [...(out.grammar[k] ?? ENGLISH_GRAMMAR[k] ?? []), ...patterns]
    }
  }
  return out
}

/** The built-in pack with a company pack's vocabulary and rules added. Pure: returns a new pack. */
export function mergePack(base: RulePack, pack: PackFile): RulePack {
  const v = pack.vocabulary
  return {
    ...base,
    name: `${base.name}+${pack.name}`,
    vocabulary: {
      ...base.vocabulary,
      attributes: mergeEntries(base.vocabulary.attributes, v.attributes, (e) => e),
      rightsVerbs: mergeEntries(base.vocabulary.rightsVerbs, v.rights, (e) => e),
      objects: mergeEntries<ObjectEntry>(base.vocabulary.objects, v.objects, (e) => ({ ...e, userSide: true })),
      purposes: mergeEntries(base.vocabulary.purposes, v.purposes, (e) => e),
      grantees: mergeEntries(base.vocabulary.grantees, v.grantees, (e) => e),
      conditions: mergeEntries(base.vocabulary.conditions, v.conditions, (e) => e),
    },
    ai: {
      ...base.ai,
      aiNouns: [...base.ai.aiNouns, ...v['ai-nouns'].map(phrasePattern)],
      trainingVerbs: [...base.ai.trainingVerbs, ...v['training-verbs'].map(phrasePattern)],
      developmentVerbs: [...base.ai.developmentVerbs, ...v['development-verbs'].map(phrasePattern)],
    },
    ...mergeCues(base, pack.cues),
    rules: [
      ...base.rules,
      ...pack.rules.map((r) => ({
        id: r.id,
        category: r.category,
        severity: r.severity,
        message: r.message,
        ...(r.any ? { any: r.any } : {}),
        ...(r.all ? { all: r.all } : {}),
        ...(r.none ? { none: r.none } : {}),
        ...(r.patterns ? { patterns: r.patterns } : {}),
        ...(r.remediation ? { remediation: r.remediation } : {}),
      })),
    ],
  }
}

const EMPTY_AI: AiVocabulary = { trainingVerbs: [], developmentVerbs: [], aiNouns: [], humanNouns: [], nominal: [], instrumentCues: [] }

/**
 * The starting point of a language that has no built-in pack: no words at all, the English
 * severity weights, and empty grammar word lists (so that English "if", "we" or "use" are not
 * read into the other language). The grammar patterns a pack file cannot set (how definitions
 * are written) stay English: quoted definitions in parentheses are still found.
 */
export function emptyPack(language: string): RulePack {
  const none: Grammar = { definitionWords: [], purposeReference: [], coreWords: [], conditionals: [], userSubjects: [], companySubjects: [], postNegators: [], useVerbs: [], gatedUseVerbs: [], collectVerbs: [], licensing: [], widening: [] }
  return {
    name: `language-${language}`,
    language,
    vocabulary: { attributes: [], rightsVerbs: [], objects: [], purposes: [], grantees: [], conditions: [] },
    ai: EMPTY_AI,
    cues: { negators: [], falseNegators: [], restrictions: [], scopeBoundaries: [], grantOperatives: [], toUser: [], fromUser: [], grantReferences: [], companyObjects: [], warranties: [], thirdParties: [] },
    protections: { sale: [], share: [], consent: [], purposeLimit: [], durationLimit: [], ownership: [], notice: [], dataObjects: [] },
    severity: BUILTIN_PACK.severity,
    grammar: none,
    rules: [],
  }
}
