import { BUILTIN_PACK } from '../rules/builtin.js'
import { emptyPack, mergePack } from '../rules/merge.js'
import { BUILTIN_PACKS } from '../rules/packs/index.js'
import type { RulePack } from '../rules/types.js'
import { loadPack, loadPolicy, policyVocabularyPack } from './load.js'
import type { Policy } from './schema.js'
import type { ConfigError, Parsed } from './yaml-errors.js'

/** Everything a run is configured with: the policy and the rule pack it builds. */
export interface Configuration {
  policy: Policy
  /** The English pack (built-in, with the company's English packs merged in). */
  pack: RulePack
  /** The packs of other languages that the company's packs add to or add; built-in ones otherwise. */
  packs?: Readonly<Record<string, RulePack>>
  /** Where the policy came from, or undefined for the built-in defaults. */
  source?: string
}

/** The packs a policy builds: English, and every other language a pack file adds to or adds. */
export interface ResolvedPacks {
  pack: RulePack
  packs: Record<string, RulePack>
}

/**
 * Builds the rule packs a policy asks for: the built-in packs, the policy's vocabulary (merged
 * into every built-in language: company terms and product names are often kept as they are in
 * translations), then each listed pack file, into the pack of its language — a language without
 * a built-in pack starts empty. `read` returns a repository file's text (undefined when missing).
 */
export function resolvePack(policy: Policy, policyFile: string, read: (path: string) => string | undefined): Parsed<ResolvedPacks> {
  const packs: Record<string, RulePack> = {}
  const shorthand = policyVocabularyPack(policy)
  if (shorthand) for (const [language, builtin] of Object.entries(BUILTIN_PACKS)) packs[language] = mergePack(builtin, shorthand)
  const errors: ConfigError[] = []
  policy.packs.forEach((path, i) => {
    const text = read(path)
    if (text === undefined) {
      errors.push({ file: policyFile, line: 1, column: 1, message: `packs[${i}]: no file "${path}" in the repository` })
      return
    }
    const parsed = loadPack(text, path)
    if (!parsed.ok) {
      errors.push(...parsed.errors)
      return
    }
    const language = parsed.value.language
    const base = packs[language] ?? BUILTIN_PACKS[language] ?? emptyPack(language)
    packs[language] = mergePack(base, parsed.value)
  })
  if (errors.length > 0) return { ok: false, errors }
  const { en, ...others } = packs
  return { ok: true, value: { pack: en ?? BUILTIN_PACK, packs: others } }
}

/** Loads a policy file's text (undefined: no file, the defaults) and the packs it names. */
export function resolveConfiguration(policyText: string | undefined, policyFile: string, read: (path: string) => string | undefined): Parsed<Configuration> {
  const policy = loadPolicy(policyText ?? '', policyFile)
  if (!policy.ok) return policy
  const packs = resolvePack(policy.value, policyFile, read)
  if (!packs.ok) return packs
  return { ok: true, value: { policy: policy.value, pack: packs.value.pack, packs: packs.value.packs, ...(policyText !== undefined ? { source: policyFile } : {}) } }
}
