/**
 * The shape of a rule pack. The built-in pack (builtin.ts) and the packs a company keeps in its
 * repository share it: the engine is generic, the vocabulary is data.
 *
 * Patterns are regular-expression sources matched, case-insensitively and at word boundaries,
 * against clause text that has been lower-cased and had its quotes, dashes and spaces
 * normalised ("’" → "'", "–" → "-").
 */

/** One term of a vocabulary group: the words a lawyer would use for it, and how it is written. */
export interface VocabularyEntry {
  /** Stable identifier, e.g. "sublicensable". */
  id: string
  /** The words shown to reviewers, e.g. "sublicensable". */
  label: string
  patterns: string[]
  /** Contribution to a finding's severity score when this term is newly added. */
  weight?: number
}

/** Objects of a grant: whose content or data the company takes rights over. */
export interface ObjectEntry extends VocabularyEntry {
  /**
   * True when the words name the user's side on their own ("your content", "likeness");
   * false for words that only do so inside a grant from the user ("the content", "materials").
   */
  userSide: boolean
}

export type Category = 'broad-license-grant' | 'ai-training' | 'removed-protection' | 'broadened-definition' | 'policy-change' | 'notice'

export type Severity = 'low' | 'medium' | 'high' | 'critical'

/** A rule a company adds without code: flag clauses that newly match it. */
export interface CustomRule {
  id: string
  category: Category
  severity: Severity
  /** Words or phrases; the clause must contain one of them. */
  any?: string[]
  /** Words or phrases; the clause must contain every one of them (co-occurrence). */
  all?: string[]
  /** Words or phrases; the clause must contain none of them. */
  none?: string[]
  /** RE2 regular expressions (linear time); one must match. */
  patterns?: string[]
  message: string
  remediation?: string
}

export interface Vocabulary {
  /** Breadth of a licence: perpetual, irrevocable, sublicensable … */
  attributes: VocabularyEntry[]
  /** What the licence lets the company do: reproduce, create derivative works, sell … */
  rightsVerbs: VocabularyEntry[]
  objects: ObjectEntry[]
  /** Why the company may use the content: marketing, any purpose, new products … */
  purposes: VocabularyEntry[]
  /** Who receives the rights besides the company: affiliates, partners, other users … */
  grantees: VocabularyEntry[]
  /** Narrowing conditions: consent, opt-out, de-identified only, solely to provide the service. */
  conditions: VocabularyEntry[]
}

/** Words that make up AI-training statements. */
export interface AiVocabulary {
  /** Verbs that only mean machine training when their object is not a person: train, fine-tune. */
  trainingVerbs: string[]
  /** Verbs that mean AI development only with an AI object: develop, improve, build. */
  developmentVerbs: string[]
  /** Things that are AI: models, algorithms, machine learning, LLMs, chatbots. */
  aiNouns: string[]
  /** Objects of "train" that are people: staff, employees, agents. */
  humanNouns: string[]
  /** Training named as a noun: "model training", "training of algorithms". */
  nominal: string[]
  /** Words that make an AI noun an instrument rather than a purpose: "we use machine learning to". */
  instrumentCues: string[]
}

/** Grammar cues: how grants, negation and restrictions are written. */
export interface Cues {
  negators: string[]
  /** Negator look-alikes that negate nothing: "not limited to", "whether or not". */
  falseNegators: string[]
  restrictions: string[]
  /** Words that end the scope of a negation inside a sentence. */
  scopeBoundaries: string[]
  /** How a grant of rights is worded: "hereby grant", "you give us permission". */
  grantOperatives: string[]
  /** A grant to the user rather than from them: "we grant you". */
  toUser: string[]
  /** A grant by the user: "you grant", "by posting … you". */
  fromUser: string[]
  /** A clause that refers back to an earlier grant: "this licence", "the foregoing license". */
  grantReferences: string[]
  /** The company's own things, which a licence to the user is about: "the Services", "our software". */
  companyObjects: string[]
  /** Representations and warranties: "you have obtained all rights to authorize us to use". */
  warranties: string[]
  /** Third parties as the ones who train or receive data. */
  thirdParties: string[]
}

/** Patterns of protective commitments, keyed by kind. */
export interface ProtectionVocabulary {
  /** Verbs of selling personal data: sell, rent, trade. */
  sale: string[]
  /** Verbs of sharing or disclosing data. */
  share: string[]
  /** Consent gates: "with your consent", "only if you opt in". */
  consent: string[]
  /** Purpose limiters: "solely to provide the Services". */
  purposeLimit: string[]
  /** Duration limits: "until you delete", "ends when your account is terminated". */
  durationLimit: string[]
  /** Ownership kept by the user: "you retain ownership". */
  ownership: string[]
  /** A promise to ask or notify before any new use. */
  notice: string[]
  /** Objects that make a clause about data or content at all. */
  dataObjects: string[]
}

/**
 * How statements of use are written ("we use X to Y", "X may be shared with Z", a purposes-table
 * row) and the words that widen or limit them: what a change to an existing use is read with.
 */
export interface UseVocabulary {
  /** Verbs of using, sharing, selling or keeping data or content. */
  verbs: string[]
  /** Words that limit a use; a change that deletes one widens the use. */
  limiters: VocabularyEntry[]
  /** Words that widen a use when added: "any other", "whichever plan", "regardless of". */
  broadeners: VocabularyEntry[]
  /** Words that put what follows outside the use: "except", "other than", "excluding". */
  exclusions: string[]
}

export interface SeverityWeights {
  aiTraining: number
  thirdPartyAiTraining: number
  newGrant: number
  removedProtection: number
  broadenedDefinition: number
  /** Multipliers applied when the permission carries a narrowing condition. */
  conditionFactors: Record<string, number>
  /** Score thresholds: at or above → that severity. */
  thresholds: { critical: number; high: number; medium: number }
}

export interface RulePack {
  name: string
  vocabulary: Vocabulary
  ai: AiVocabulary
  cues: Cues
  protections: ProtectionVocabulary
  severity: SeverityWeights
  rules: CustomRule[]
  /** Statements of use; a pack without them is read without the use-widening comparison. */
  uses?: UseVocabulary
}
