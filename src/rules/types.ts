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
  /** Who receives data to build or run AI: "our AI providers", "model vendors". */
  recipients?: string[]
  /**
   * What an AI instrument is used for when that is building the company's products: "use your
   * data with AI tools to improve our services" (from the end of the AI noun).
   */
  instrumentPurposes?: string[]
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
  /** Nouns of time whose object is not a right granted: "the period of publication", "la durée de publication". */
  durationNouns?: string[]
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
  /**
   * Something of the user's, whatever the product calls it ("your browsing", "vos notes",
   * "Ihre Sprachnotizen"): a possessive and the word after it, as one regular-expression source
   * matched on folded text (flag `u`). Absent, the English "your …".
   */
  yourThing?: string
  /**
   * The user as the one who acts, just before a use verb ("vous pouvez partager", "Sie können
   * Ihre Fotos … teilen"): the verb is then the user's act, not the company's use. One
   * regular-expression source matched (flag `u`) on the 80 characters before the verb, so it
   * should end with `$`. Absent, the English "you may …".
   */
  userAct?: string
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

/**
 * How a language writes what the analysis reads outside the vocabulary lists: definitions,
 * widening words, references to a heading's purpose, who the subject of a negation is.
 * All regular-expression sources, matched like the vocabulary (folded lower-case text, `u`
 * flag) unless a field says otherwise. Optional so that a pack may leave a field to the
 * English defaults (BUILTIN_PACK.grammar); a pack for another language supplies its own.
 */
export interface Grammar {
  /** Words that can start a definition ("means", "refers to"): with `core`, a clause worth reading. */
  definitionWords?: string[]
  /** "for the purposes described in this section": a clause that adopts its heading's purpose. */
  purposeReference?: string[]
  /** Words besides the vocabulary without which a clause states no fact ("licence", "moral rights"). */
  coreWords?: string[]
  /**
   * A definition at the start of a clause, on the clause's own (not folded) text, flag `u`:
   * group 1 is the term. "\"Customer Content\" means …", "« Contenu » désigne …".
   */
  definitionStart?: string
  /** Verbs that define an unquoted term on their own ("means"); matched at the end of definitionStart's match. */
  definitionStrongVerbs?: string
  /** A term defined in a parenthesis after its description, flags `gu`: group 1 is the term. */
  definitionInline?: string
  /** A superset test, on folded text without markup, for text where the two above may match. */
  definitionHint?: string[]
  /** Words that cannot be a defined term at the start of a clause ("it", "this"), flag `i`. */
  definitionPronouns?: string
  /** Words that widen a definition when newly added to it, each with the label reviewers see. */
  widening?: Array<{ pattern: string; label: string }>
  /** Words that carve data out of a definition ("does not include", "except"). */
  exclusion?: string
  /** A defined term that names what users provide ("content", "data"), on the normalised term. */
  userSideTerm?: string
  /** A definition body about what users provide ("you … upload"). */
  userSideBody?: string
  /** Words that make a negation conditional ("if you do not …"). */
  conditionals?: string[]
  /** The user as the subject of what follows: a negated statement then restricts the user. */
  userSubjects?: string[]
  /** The company as the subject ("we", "us", "our"). */
  companySubjects?: string[]
  /**
   * Negators written after the verb they negate ("Wir verkaufen Ihre Daten nicht"): a verb is
   * negated when one follows it in its scope, before the next comma or full stop.
   */
  postNegators?: string[]
  /** Verbs that use or pass on data, which a consent gate or purpose limit can qualify. */
  useVerbs?: string[]
  /** Verbs of use or disclosure that a consent gate guards (as opposed to collecting). */
  gatedUseVerbs?: string[]
  /** Verbs that only collect data: a consent gate on them protects no content. */
  collectVerbs?: string[]
  /** The user's own models ("your own models"): training them is not the company's use. */
  ownModel?: string
  /** Someone else's models or purposes ("their own models"), after a third party. */
  theirModel?: string
  /** A third party allowed to use or train on the data ("partners who may use it to train"). */
  thirdPartyPermission?: string
  /** Licensing words that make a clause a grant without the user named as grantor. */
  licensing?: string[]
  /**
   * Whom a disclosure goes to, right after the share verb's words ("with energy utilities",
   * "to insurers", "an Krankenversicherungen"), never the user or the company: a promise not to
   * share names its recipients in any words, not only the vocabulary's "third parties".
   */
  shareRecipient?: string
  /** A pronoun as the shared thing, right after the share verb ("we do not share it with …"), flag `y`. */
  sharedPronoun?: string
  /** Words that join the last member of a list ("or", "und"): a comma before them ends no clause. */
  listConjunctions?: string[]
}

export interface RulePack {
  name: string
  /** ISO 639-1 code of the language the pack reads ("en" when absent). */
  language?: string
  /** Language grammar; fields left out fall back to the English grammar. */
  grammar?: Grammar
  vocabulary: Vocabulary
  ai: AiVocabulary
  cues: Cues
  protections: ProtectionVocabulary
  severity: SeverityWeights
  rules: CustomRule[]
  /** Statements of use; a pack without them is read without the use-widening comparison. */
  uses?: UseVocabulary
}
