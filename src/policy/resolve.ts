import { BUILTIN_PACK } from '../rules/builtin.js'
import { mergePack } from '../rules/merge.js'
import type { RulePack } from '../rules/types.js'
import { loadPack, loadPolicy, policyVocabularyPack } from './load.js'
import type { Policy } from './schema.js'
import type { ConfigError, Parsed } from './yaml-errors.js'

/** Everything a run is configured with: the policy and the rule pack it builds. */
export interface Configuration {
  policy: Policy
  pack: RulePack
  /** Where the policy came from, or undefined for the built-in defaults. */
  source?: string
}

/**
 * Builds the rule pack a policy asks for: the built-in pack, the policy's vocabulary, then each
 * listed pack file. `read` returns a repository file's text (undefined when it is missing).
 */
export function resolvePack(policy: Policy, policyFile: string, read: (path: string) => string | undefined): Parsed<RulePack> {
  let pack = BUILTIN_PACK
  const shorthand = policyVocabularyPack(policy)
  if (shorthand) pack = mergePack(pack, shorthand)
  const errors: ConfigError[] = []
  policy.packs.forEach((path, i) => {
    const text = read(path)
    if (text === undefined) {
      errors.push({ file: policyFile, line: 1, column: 1, message: `packs[${i}]: no file "${path}" in the repository` })
      return
    }
    const parsed = loadPack(text, path)
    if (parsed.ok) pack = mergePack(pack, parsed.value)
    else errors.push(...parsed.errors)
  })
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: pack }
}

/** Loads a policy file's text (undefined: no file, the defaults) and the packs it names. */
export function resolveConfiguration(policyText: string | undefined, policyFile: string, read: (path: string) => string | undefined): Parsed<Configuration> {
  const policy = loadPolicy(policyText ?? '', policyFile)
  if (!policy.ok) return policy
  const pack = resolvePack(policy.value, policyFile, read)
  if (!pack.ok) return pack
  return { ok: true, value: { policy: policy.value, pack: pack.value, ...(policyText !== undefined ? { source: policyFile } : {}) } }
}
