import type { PackFile } from '../policy/schema.js'
import type { ObjectEntry, RulePack, VocabularyEntry } from './types.js'

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
    },
    ai: {
      ...base.ai,
      aiNouns: [...base.ai.aiNouns, ...v['ai-nouns'].map(phrasePattern)],
      trainingVerbs: [...base.ai.trainingVerbs, ...v['training-verbs'].map(phrasePattern)],
    },
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
