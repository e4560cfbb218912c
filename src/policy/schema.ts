import picomatch from 'picomatch'
import { z } from 'zod'

/*
 * The policy file (.github/tos-guard.yml) and company rule packs: one zod schema each is the
 * single source of their types, their validation and the published JSON Schema
 * (schema/*.schema.json, checked by a test so the two cannot drift).
 */

/** Why a glob is unusable, or undefined when it is fine. */
export function globProblem(glob: string): string | undefined {
  if (glob.trim() === '') return 'is empty'
  if (glob.startsWith('/')) return 'is absolute; paths are relative to the repository root'
  if (glob.split('/').includes('..')) return 'leaves the repository ("..")'
  if (glob.includes('\\')) return 'uses a backslash; use "/" between folders'
  const pairs: Array<[string, string]> = [['{', '}'], ['[', ']'], ['(', ')']]
  for (const [open, close] of pairs) {
    if (glob.split(open).length !== glob.split(close).length) return `has an unbalanced "${open}"`
  }
  try {
    picomatch.makeRe(glob, { dot: true })
  } catch (error) {
    return `is not a valid glob (${(error as Error).message})`
  }
  return undefined
}

export const DEFAULT_NOTICE_DAYS = 30

/** Markdown in all its spellings; matched without regard to case (Terms.MD is a terms document). */
export const DEFAULT_INCLUDE = ['**/*.md', '**/*.markdown', '**/*.mdx']

/** Phrase lists a pack can add to, beyond the vocabulary: cues, protections and grammar words. */
export const CUE_HELP = {
  'grant-operatives': 'How a grant of rights is worded ("hereby grant", "vous nous concédez").',
  'from-user': 'A grant by the user ("you grant", "by posting").',
  'to-user': 'A grant to the user, which is not a finding ("we grant you").',
  negators: 'Words that negate ("not", "never", "nicht").',
  restrictions: 'Words that prohibit ("may not", "prohibited").',
  'scope-boundaries': 'Words that end the scope of a negation ("but", "except").',
  'third-parties': 'Third parties as recipients or trainers ("partners", "vendors").',
  'company-objects': 'The company\'s own things, which a licence to the user is about ("the Services").',
  warranties: 'Representations and warranties ("you warrant").',
  'grant-references': 'Words that refer back to a grant ("this licence").',
  sale: 'Verbs of selling data, for no-sale promises.',
  share: 'Verbs of sharing or disclosing data, for no-sharing promises.',
  consent: 'Consent gates ("with your consent", "only if you opt in").',
  'purpose-limit': 'Purpose limits ("solely to provide the Services").',
  'duration-limit': 'Duration limits ("until you delete").',
  ownership: 'Ownership kept by the user ("you retain ownership").',
  'data-objects': 'Words that make a clause about data or content ("data", "information").',
  'definition-words': 'Words that start a definition ("means", "désigne").',
  conditionals: 'Words that make a negation conditional ("if", "unless").',
  'user-subjects': 'The user as the subject of a sentence ("you may", "users must").',
  'company-subjects': 'The company as the subject ("we", "us", "our").',
  'use-verbs': 'Verbs that use or pass on data, which a consent gate can guard.',
  'collect-verbs': 'Verbs that only collect data.',
} as const
export type CueName = keyof typeof CUE_HELP
export const CUE_NAMES = Object.keys(CUE_HELP) as CueName[]

/**
 * The schemas, built on first use: building them is most of what loading zod costs, and a run
 * without a policy file (a plain `tos-guard diff`) never needs them.
 */
function build() {
  const SEVERITY = z.enum(['low', 'medium', 'high', 'critical'])
  const CATEGORY = z.enum(['broad-license-grant', 'ai-training', 'removed-protection', 'broadened-definition', 'policy-change', 'notice'])

  const Glob = z.string().superRefine((glob, ctx) => {
    const problem = globProblem(glob)
    if (problem) ctx.addIssue({ code: 'custom', message: `glob "${glob}" ${problem}` })
  })

  const Login = z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, 'must be a GitHub login such as "octocat"')
  const Team = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be "org/team-slug"')
  const Phrase = z.string().trim().min(2, 'must be a word or phrase of at least 2 characters').max(120)
  const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  const LanguageCode = z.string().regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 language code such as "fr"')

  const ApproverSet = z
    .strictObject({
      users: z.array(Login).default([]).meta({ description: 'GitHub logins that may sign off.' }),
      teams: z.array(Team).default([]).meta({ description: 'Teams ("org/slug") whose members may sign off; needs a token that can read org membership.' }),
    })
    .meta({ description: 'Who may sign off.' })

  const RuleSetting = z.strictObject({
    enabled: z.boolean().optional().meta({ description: 'false turns the rule off.' }),
    severity: SEVERITY.optional().meta({ description: 'Replaces the severity of this rule\'s findings.' }),
  })

  // Publishing duties (src/notice): how much notice users get before a material change applies.
  const NoticeDays = z.number().int().min(0).max(3650)
  const NoticePolicySchema = z
    .strictObject({
      days: NoticeDays.default(DEFAULT_NOTICE_DAYS).meta({ description: 'Days of notice users get before a material change takes effect; the document\'s own promise ("at least 30 days\' notice") wins when it is longer.' }),
      paths: z
        .array(
          z.strictObject({
            pattern: Glob.meta({ description: 'Glob of the documents this period applies to (the first match wins, instead of days).' }),
            days: NoticeDays.meta({ description: 'Days of notice for these documents.' }),
          }),
        )
        .default([])
        .meta({ description: 'Notice periods for documents matching a glob, instead of days.' }),
      categories: z
        .partialRecord(CATEGORY, NoticeDays)
        .default({})
        .meta({ description: 'Longer notice periods for changes of a category (e.g. ai-training: 60); the longest that applies wins.' }),
      language: z.enum(['en', 'fr', 'de', 'es']).optional().meta({ description: 'Language of the drafted notice to users; default: the document\'s own.' }),
    })
    .default({ days: DEFAULT_NOTICE_DAYS, paths: [], categories: {} })
    .meta({ description: 'Publishing duties: the notice period a material change needs, and the draft notice to users.' })

  const PolicySchema = z
    .strictObject({
      paths: z
        .strictObject({
          include: z.array(Glob).min(1).default(DEFAULT_INCLUDE).meta({ description: 'Globs of the terms documents to review.' }),
          exclude: z.array(Glob).default([]).meta({ description: 'Globs to leave out, even when included.' }),
        })
        .default({ include: DEFAULT_INCLUDE, exclude: [] })
        .meta({ description: 'Which changed files are terms documents. A glob that matches no file in the repository is reported.' }),
      'fail-on': SEVERITY.default('low').meta({ description: 'Lowest severity that needs sign-off (the status stays red until someone signs off).' }),
      'time-budget': z
        .number()
        .positive()
        .max(3600)
        .default(60)
        .meta({ description: 'Seconds the analysis of one file may take. Past it the analysis is stopped, the file gets an error note (the status is never green) and the other files are still reviewed.' }),
      categories: z
        .strictObject({
          'broad-license-grant': z.boolean().default(true).meta({ description: 'New or broader licences over user content.' }),
          'ai-training': z.boolean().default(true).meta({ description: 'New permission to train AI on user content or data.' }),
          'removed-protection': z.boolean().default(true).meta({ description: 'Protective commitments deleted or weakened.' }),
          'broadened-definition': z.boolean().default(true).meta({ description: 'Definitions a grant relies on made wider.' }),
          'policy-change': z.boolean().default(true).meta({ description: 'Suppressions added and changes to this policy file.' }),
          notice: z.boolean().default(true).meta({ description: 'A material change whose effective date was not moved, or moved to less than the notice period away.' }),
        })
        .default({ 'broad-license-grant': true, 'ai-training': true, 'removed-protection': true, 'broadened-definition': true, 'policy-change': true, notice: true })
        .meta({ description: 'Which categories are reported; false removes a category\'s findings.' }),
      rules: z
        .record(z.string().regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/, 'rule ids look like "builtin/ai-training"'), RuleSetting)
        .default({})
        .meta({ description: 'Per-rule settings by rule id (e.g. builtin/new-license-grant, acme/voice-cloning).' }),
      vocabulary: z
        .strictObject({
          'content-terms': z.array(Phrase).default([]).meta({ description: 'Your own defined terms for user content, e.g. "Member Content", "Creator Assets".' }),
          'ai-terms': z.array(Phrase).default([]).meta({ description: 'Extra names of AI systems or models, e.g. "Acme Brain".' }),
        })
        .default({ 'content-terms': [], 'ai-terms': [] })
        .meta({ description: 'Words to add to the built-in vocabulary without writing a pack.' }),
      packs: z
        .array(z.string().min(1))
        .default([])
        .meta({ description: 'Repository paths of rule packs (YAML, schema/tos-guard-pack.schema.json) to add to the built-in ones. A pack adds to the pack of its `language` (default en); a pack for a language without a built-in pack adds that language.' }),
      languages: z
        .array(
          z.strictObject({
            pattern: Glob.meta({ description: 'Glob of the documents written in this language.' }),
            language: LanguageCode.meta({ description: 'ISO 639-1 code: en, fr, de, es, or a language a pack adds.' }),
          }),
        )
        .default([])
        .meta({ description: 'The language of documents by path (the first match wins), instead of detecting it from the text.' }),
      versions: z
        .array(z.array(Glob).min(1).meta({ description: 'Paths or globs of the documents that are versions of one text (e.g. its translations).' }))
        .default([])
        .meta({ description: 'Groups of documents that are versions of one text. When a pull request adds a finding to one version and leaves the others unchanged, the summary names the versions that still say the old thing.' }),
      approvers: z
        .strictObject({
          default: ApproverSet.default({ users: [], teams: [] }),
          categories: z.partialRecord(CATEGORY, ApproverSet).default({}).meta({ description: 'Approvers for findings of a category, instead of the default ones.' }),
          paths: z
            .array(
              z.strictObject({
                pattern: Glob.meta({ description: 'Glob of the files these approvers cover.' }),
                users: z.array(Login).default([]).meta({ description: 'GitHub logins that may sign off.' }),
                teams: z.array(Team).default([]).meta({ description: 'Teams ("org/slug") whose members may sign off.' }),
              }),
            )
            .default([])
            .meta({ description: 'Approvers for findings in files matching a glob (the first match wins).' }),
        })
        .default({ default: { users: [], teams: [] }, categories: {}, paths: [] })
        .meta({ description: 'Who may sign off. With no approvers at all, anyone with write access except the author may.' }),
      'sign-off': z
        .strictObject({
          methods: z
            .array(z.enum(['review', 'comment', 'label']))
            .min(1)
            .default(['review', 'comment'])
            .meta({ description: 'How approvers sign off: an approving review, a comment with the command, or a label they add.' }),
          command: z
            .string()
            .regex(/^\/\S+(?: \S+)*$/, 'must start with "/"')
            .default('/tos-guard sign-off')
            .meta({ description: 'The comment an approver posts to sign off (when "comment" is a method).' }),
          label: z.string().min(1).max(50).default('tos-guard: signed off').meta({ description: 'The label an approver adds to sign off (when "label" is a method).' }),
        })
        .default({ methods: ['review', 'comment'], command: '/tos-guard sign-off', label: 'tos-guard: signed off' })
        .meta({ description: 'How sign-off is given. The pull request\'s author never signs off their own change.' }),
      status: z
        .strictObject({
          context: z.string().min(1).max(100).default('tos-guard').meta({ description: 'Name of the commit status branch protection requires.' }),
          'check-run': z.boolean().default(false).meta({ description: 'Also publish the decision as a check run.' }),
        })
        .default({ context: 'tos-guard', 'check-run': false })
        .meta({ description: 'The required status tos-guard sets on the head commit.' }),
      accepted: z
        .array(
          z.strictObject({
            id: z.string().regex(/^[0-9a-f]{16}(?:-f?\d+)?$/, 'must be a finding id such as "2e2fcc90b27231eb"').meta({ description: 'The finding\'s id (from the report or its comment).' }),
            reason: z.string().trim().min(3, 'must say why the finding is accepted').meta({ description: 'Why it is accepted, e.g. the approval reference.' }),
            expires: IsoDate.meta({ description: 'After this date the finding needs sign-off again.' }),
          }),
        )
        .default([])
        .meta({ description: 'Findings counsel accepted for good, by id, with a reason and an expiry date.' }),
      notice: NoticePolicySchema,
    })
    .meta({ title: 'tos-guard policy', description: 'Configuration of tos-guard: .github/tos-guard.yml' })

  const Words = z.array(Phrase).min(1)
  const RegexSource = z.string().min(1).max(500)

  const PackEntry = z.strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower case words joined by "-"'),
    label: z.string().min(1).max(80),
    words: Words.meta({ description: 'Words and phrases, matched case-insensitively at word boundaries.' }),
    weight: z.number().min(0).max(10).optional(),
  })

  const PackSchema = z
    .strictObject({
      name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'pack names are lower case words joined by "-"'),
      language: LanguageCode.default('en').meta({ description: 'The language the pack reads (ISO 639-1, default en). It adds to that language\'s built-in pack; for a language without one (e.g. it, nl, ro), the pack makes it a new language, read with the pack\'s words alone.' }),
      vocabulary: z
        .strictObject({
          attributes: z.array(PackEntry).default([]).meta({ description: 'Licence attributes (like "perpetual").' }),
          rights: z.array(PackEntry).default([]).meta({ description: 'Rights verbs (like "create derivative works").' }),
          objects: z.array(PackEntry).default([]).meta({ description: 'Names of user content or data (like "Creator Assets").' }),
          purposes: z.array(PackEntry).default([]).meta({ description: 'Purposes of use (like "marketing").' }),
          grantees: z.array(PackEntry).default([]).meta({ description: 'Who else receives rights (like "our partners").' }),
          'ai-nouns': z.array(Phrase).default([]).meta({ description: 'Names of AI systems and models.' }),
          'training-verbs': z.array(Phrase).default([]).meta({ description: 'Verbs meaning to train a model.' }),
          'development-verbs': z.array(Phrase).default([]).meta({ description: 'Verbs that mean developing AI when an AI noun follows ("improve", "develop").' }),
          conditions: z.array(PackEntry).default([]).meta({ description: 'Narrowing conditions; ids consent, opt-out, deidentified and limited-purpose lower the severity.' }),
        })
        .default({ attributes: [], rights: [], objects: [], purposes: [], grantees: [], 'ai-nouns': [], 'training-verbs': [], 'development-verbs': [], conditions: [] }),
      cues: z
        .strictObject(Object.fromEntries(CUE_NAMES.map((n) => [n, z.array(Phrase).default([]).meta({ description: CUE_HELP[n] })])) as Record<CueName, z.ZodDefault<z.ZodArray<typeof Phrase>>>)
        .partial()
        .default({})
        .meta({ description: 'How grants, negation and protections are worded: phrases added to the pack of the language. A pack for a new language needs at least grant-operatives, from-user, negators, sale and share.' }),
      rules: z
        .array(
          z
            .strictObject({
              id: z.string().regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/, 'rule ids look like "acme/voice-cloning"'),
              category: CATEGORY,
              severity: SEVERITY,
              any: Words.optional().meta({ description: 'The clause must contain one of these words or phrases.' }),
              all: Words.optional().meta({ description: 'The clause must contain every one of these (co-occurrence).' }),
              none: Words.optional().meta({ description: 'The clause must contain none of these.' }),
              patterns: z.array(RegexSource).optional().meta({ description: 'RE2 regular expressions (linear-time: no backreferences or lookaround); one must match.' }),
              message: z.string().min(3),
              remediation: z.string().optional(),
            })
            .refine((r) => r.any !== undefined || r.all !== undefined || r.patterns !== undefined, {
              message: 'a rule needs at least one of any, all or patterns',
            }),
        )
        .default([]),
    })
    .meta({ title: 'tos-guard rule pack', description: 'Vocabulary and rules a company adds to the built-in pack.' })
  return { PolicySchema, PackSchema }
}

let built: ReturnType<typeof build> | undefined

export function schemas(): ReturnType<typeof build> {
  return (built ??= build())
}

export type Policy = z.output<ReturnType<typeof build>['PolicySchema']>
export type PolicyInput = z.input<ReturnType<typeof build>['PolicySchema']>
export type PackFile = z.output<ReturnType<typeof build>['PackSchema']>
