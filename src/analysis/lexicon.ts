import { ENGLISH_GRAMMAR } from '../rules/builtin.js'
import type { Grammar, ObjectEntry, RulePack, VocabularyEntry } from '../rules/types.js'
import { regExpMaker, type Letters, type MakeRegExp } from './letters.js'
import { compileAlternation } from './text.js'

/** A vocabulary entry with its patterns compiled. */
export interface CompiledEntry {
  id: string
  label: string
  weight: number
  re: RegExp
  userSide: boolean
}

/** A rule pack compiled once into the regular expressions the analysis runs. */
export interface Lexicon {
  pack: RulePack
  /** The letters the texts it reads may hold: patterns derived from it are compiled alike. */
  letters: Letters
  attributes: CompiledEntry[]
  rightsVerbs: CompiledEntry[]
  objects: CompiledEntry[]
  purposes: CompiledEntry[]
  grantees: CompiledEntry[]
  conditions: CompiledEntry[]
  /** Object classes that name what users provide (content, data, likeness …), feedback aside. */
  userClasses: ReadonlySet<string>
  trainingVerbs: RegExp
  developmentVerbs: RegExp
  aiNouns: RegExp
  humanNouns: RegExp
  aiNominal: RegExp
  instrumentCues: RegExp
  aiRecipients: RegExp
  aiInstrumentPurposes: RegExp
  negators: RegExp
  falseNegators: RegExp
  restrictions: RegExp
  scopeBoundaries: RegExp
  grantOperatives: RegExp
  toUser: RegExp
  fromUser: RegExp
  grantReferences: RegExp
  companyObjects: RegExp
  warranties: RegExp
  thirdParties: RegExp
  durationNouns: RegExp
  sale: RegExp
  share: RegExp
  consent: RegExp
  purposeLimit: RegExp
  durationLimit: RegExp
  ownership: RegExp
  notice: RegExp
  dataObjects: RegExp
  /** Any word that can start a grant, AI or protection fact. */
  core: RegExp
  /** Words that can start a definition; with `core`, any word that can start a fact. */
  definitionWords: RegExp
  /** "for the purposes described in this section": a clause that adopts its heading's purpose. */
  purposeReference: RegExp
  /** The pack's grammar (definitions, subjects, widening words), compiled. */
  grammar: CompiledGrammar
}

/** A pack's Grammar as regular expressions; see Grammar in rules/types.ts for each. */
export interface CompiledGrammar {
  definitionStart: RegExp
  definitionStrongVerb: RegExp
  /** The same verbs anywhere in a clause: "(1) the term \"Content\" means …". */
  definingVerb: RegExp
  definitionInline: RegExp
  definitionHint: RegExp
  definitionPronoun: RegExp
  widening: ReadonlyArray<[RegExp, string]>
  exclusion: RegExp
  userSideTerm: RegExp
  userSideBody: RegExp
  conditional: RegExp
  /** The same, global: every conditional word in a span. */
  conditionals: RegExp
  userSubject: RegExp
  companySubject: RegExp
  /** Undefined when the language puts no negator after its verb. */
  postNegator: RegExp | undefined
  useVerbs: RegExp
  /** Group 1: a use or disclosure; group 2: a collection. */
  gatedVerb: RegExp
  ownModel: RegExp
  theirModel: RegExp
  thirdPartyPermission: RegExp
  licensing: RegExp
  /** Global: whom a disclosure goes to (Grammar.shareRecipient). */
  shareRecipient: RegExp
  /** A comma that only continues a list: ", brokers or employers" (Grammar.listConjunctions). */
  listComma: RegExp
  /** Sticky: the shared thing as a pronoun right after the verb (Grammar.sharedPronoun). */
  sharedPronoun: RegExp
}

const LETTER_BEFORE = '(?<![\\p{L}])'
const LETTER_AFTER = '(?![\\p{L}])'
/** The alternation of a list; an empty list (a pack that leaves a word list empty) matches nothing. */
const alt = (list: readonly string[]): string => (list.length === 0 ? '(?!)' : list.map((p) => `(?:${p})`).join('|'))

/** A grammar field, or the English one when the pack leaves it out. */
function field<K extends keyof Grammar>(grammar: Grammar | undefined, key: K): NonNullable<Grammar[K]> {
  const value = grammar?.[key] ?? ENGLISH_GRAMMAR[key]
  if (value === undefined) throw new Error(`the English grammar has no ${key}`)
  return value as NonNullable<Grammar[K]>
}

function compileGrammar(g: Grammar | undefined, make: MakeRegExp): CompiledGrammar {
  const post = field(g, 'postNegators')
  return {
    // `d`: where the term starts tells whether it was quoted.
    definitionStart: make(field(g, 'definitionStart'), 'du'),
    definitionStrongVerb: make(`(?:${field(g, 'definitionStrongVerbs')})$`, 'u'),
    definingVerb: make(`(?<![\\p{L}])(?:${field(g, 'definitionStrongVerbs')})(?![\\p{L}])`, 'iu'),
    definitionInline: make(field(g, 'definitionInline'), 'gu'),
    definitionHint: make(alt(field(g, 'definitionHint')), 'u'),
    definitionPronoun: make(field(g, 'definitionPronouns'), 'iu'),
    widening: field(g, 'widening').map((w) => [make(w.pattern, 'u'), w.label] as [RegExp, string]),
    exclusion: make(field(g, 'exclusion'), 'u'),
    userSideTerm: make(field(g, 'userSideTerm'), 'u'),
    userSideBody: make(field(g, 'userSideBody'), 'u'),
    conditional: make(`${LETTER_BEFORE}(?:${alt(field(g, 'conditionals'))})${LETTER_AFTER}`, 'u'),
    conditionals: make(`${LETTER_BEFORE}(?:${alt(field(g, 'conditionals'))})${LETTER_AFTER}`, 'gu'),
    userSubject: make(`${LETTER_BEFORE}(?:${alt(field(g, 'userSubjects'))})`, 'gu'),
    companySubject: make(`${LETTER_BEFORE}(?:${alt(field(g, 'companySubjects'))})${LETTER_AFTER}`, 'gu'),
    postNegator: post.length > 0 ? compileAlternation(post, make) : undefined,
    useVerbs: make(`${LETTER_BEFORE}(?:${alt(field(g, 'useVerbs'))})${LETTER_AFTER}`, 'u'),
    gatedVerb: make(`${LETTER_BEFORE}(?:(${alt(field(g, 'gatedUseVerbs'))})|(${alt(field(g, 'collectVerbs'))}))${LETTER_AFTER}`, 'gu'),
    ownModel: make(field(g, 'ownModel'), 'u'),
    theirModel: make(field(g, 'theirModel'), 'u'),
    thirdPartyPermission: make(field(g, 'thirdPartyPermission'), 'u'),
    licensing: make(alt(field(g, 'licensing')), 'u'),
    shareRecipient: make(field(g, 'shareRecipient'), 'gu'),
    sharedPronoun: make(field(g, 'sharedPronoun'), 'uy'),
    listComma: make(`^,\\s*(?:[\\p{L}\\p{N}-]+\\s+){0,3}?(?:${alt(field(g, 'listConjunctions'))})\\s+\\p{L}`, 'u'),
  }
}

export function compileEntries(entries: readonly (VocabularyEntry | ObjectEntry)[], make?: MakeRegExp): CompiledEntry[] {
  return entries.map((e) => ({
    id: e.id,
    label: e.label,
    weight: e.weight ?? 1,
    re: compileAlternation(e.patterns, make),
    userSide: 'userSide' in e ? e.userSide : false,
  }))
}

/**
 * Scope boundaries are words ("but", "except") and punctuation (";", ":"). Punctuation sits right
 * after a word ("removed; we may use"), so it cannot be held to word boundaries as words are.
 */
function compileBoundaries(patterns: readonly string[], make: MakeRegExp): RegExp {
  const words = patterns.filter((p) => /^[\p{L}(]/u.test(p))
  const marks = patterns.filter((p) => !/^[\p{L}(]/u.test(p))
  const wordRe = compileAlternation(words, make)
  if (marks.length === 0) return wordRe
  return make(`${marks.map((m) => `(?:${m})`).join('|')}|${wordRe.source}`, 'gu')
}

const caches: Record<Letters, WeakMap<RulePack, Lexicon>> = { unicode: new WeakMap(), ascii: new WeakMap() }

export function compileLexicon(pack: RulePack, letters: Letters = 'unicode'): Lexicon {
  const cache = caches[letters]
  const cached = cache.get(pack)
  if (cached) return cached
  const make = regExpMaker(letters)
  const { vocabulary: v, ai, cues, protections: p } = pack
  // Words without which a clause can state no fact: a clause (or chunk) with none needs no analysis.
  const corePatterns = [
    ...v.attributes.flatMap((e) => e.patterns),
    ...ai.trainingVerbs,
    ...ai.aiNouns,
    ...ai.nominal,
    ...cues.grantOperatives,
    ...cues.grantReferences,
    ...p.sale,
    // "We do not share your data with third parties" states a protection with no other analysis word.
    ...p.share.filter((w) => !/^(?:provide|make)/.test(w)),
    ...p.consent,
    ...p.purposeLimit,
    ...p.durationLimit,
    ...p.ownership,
    ...p.notice,
    ...field(pack.grammar, 'coreWords'),
  ]
  const lexicon: Lexicon = {
    pack,
    letters,
    attributes: compileEntries(v.attributes, make),
    rightsVerbs: compileEntries(v.rightsVerbs, make),
    objects: compileEntries(v.objects, make),
    purposes: compileEntries(v.purposes, make),
    grantees: compileEntries(v.grantees, make),
    conditions: compileEntries(v.conditions, make),
    userClasses: new Set(v.objects.filter((o) => o.userSide && o.id !== 'feedback').map((o) => (o.id === 'content-generic' ? 'content' : o.id))),
    trainingVerbs: compileAlternation(ai.trainingVerbs, make),
    developmentVerbs: compileAlternation(ai.developmentVerbs, make),
    aiNouns: compileAlternation(ai.aiNouns, make),
    humanNouns: compileAlternation(ai.humanNouns, make),
    aiNominal: compileAlternation(ai.nominal, make),
    instrumentCues: compileAlternation(ai.instrumentCues, make),
    aiRecipients: compileAlternation(ai.recipients ?? [], make),
    aiInstrumentPurposes: compileAlternation(ai.instrumentPurposes ?? [], make),
    negators: compileAlternation(cues.negators, make),
    falseNegators: compileAlternation(cues.falseNegators, make),
    restrictions: compileAlternation(cues.restrictions, make),
    scopeBoundaries: compileBoundaries(cues.scopeBoundaries, make),
    grantOperatives: compileAlternation(cues.grantOperatives, make),
    toUser: compileAlternation(cues.toUser, make),
    fromUser: compileAlternation(cues.fromUser, make),
    grantReferences: compileAlternation(cues.grantReferences, make),
    companyObjects: compileAlternation(cues.companyObjects, make),
    warranties: compileAlternation(cues.warranties, make),
    thirdParties: compileAlternation(cues.thirdParties, make),
    durationNouns: compileAlternation(cues.durationNouns ?? [], make),
    sale: compileAlternation(p.sale, make),
    share: compileAlternation(p.share, make),
    consent: compileAlternation(p.consent, make),
    purposeLimit: compileAlternation(p.purposeLimit, make),
    durationLimit: compileAlternation(p.durationLimit, make),
    ownership: compileAlternation(p.ownership, make),
    notice: compileAlternation(p.notice, make),
    dataObjects: compileAlternation(p.dataObjects, make),
    // Kept apart from `core`, not joined into a second copy of it: compiling a pattern of this
    // size costs a cold start about 20 ms.
    core: compileAlternation(corePatterns, make),
    definitionWords: compileAlternation(field(pack.grammar, 'definitionWords'), make),
    purposeReference: compileAlternation(field(pack.grammar, 'purposeReference'), make),
    grammar: compileGrammar(pack.grammar, make),
  }
  cache.set(pack, lexicon)
  return lexicon
}
