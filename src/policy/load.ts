import { compileRe2 } from '../analysis/custom-rules.js'
import { schemas, type PackFile, type Policy } from './schema.js'
import { parseYamlWith, type Parsed } from './yaml-errors.js'

export const DEFAULT_POLICY_PATH = '.github/tos-guard.yml'

/** Reads and validates a policy file. An empty file is the default policy. */
export function loadPolicy(text: string, file: string): Parsed<Policy> {
  return parseYamlWith(schemas().PolicySchema, text, file, (policy) =>
    policy.accepted.flatMap((a, i) => (isRealDate(a.expires) ? [] : [{ path: ['accepted', i, 'expires'], message: `accepted[${i}].expires is not a real date (${a.expires})` }])),
  )
}

function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso
}

/** The policy with every default, as if the file were empty. */
export function defaultPolicy(): Policy {
  return schemas().PolicySchema.parse({})
}

/**
 * Reads and validates a rule pack. A user's regular expression runs on RE2, whose matching time
 * is linear in the text, so no pattern can hang a run; patterns RE2 cannot run (backreferences,
 * lookaround) are refused here, with their line.
 */
export function loadPack(text: string, file: string): Parsed<PackFile> {
  return parseYamlWith(schemas().PackSchema, text, file, (pack) =>
    pack.rules.flatMap((rule, i) =>
      (rule.patterns ?? []).flatMap((source, j) => {
        const compiled = compileRe2(source)
        return typeof compiled === 'string'
          ? [{ path: ['rules', i, 'patterns', j], message: `rules[${i}].patterns[${j}] cannot run on RE2, the linear-time engine tos-guard uses for your patterns: ${compiled}` }]
          : []
      }),
    ),
  )
}

/** A pack made of the policy's `vocabulary` shorthand. */
export function policyVocabularyPack(policy: Policy): PackFile | undefined {
  const content = policy.vocabulary['content-terms']
  const ai = policy.vocabulary['ai-terms']
  if (content.length === 0 && ai.length === 0) return undefined
  return {
    name: 'policy-vocabulary',
    language: 'en',
    cues: {},
    vocabulary: {
      attributes: [],
      rights: [],
      objects: content.length > 0 ? [{ id: 'content', label: 'user content', words: content }] : [],
      purposes: [],
      grantees: [],
      'ai-nouns': ai,
      'training-verbs': [],
      'development-verbs': [],
      conditions: [],
    },
    rules: [],
  }
}
