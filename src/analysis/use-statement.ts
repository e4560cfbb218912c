import type { Lexicon } from './lexicon.js'
import { isNegated, restrictsUser, segmentAt, type Reading } from './reading.js'
import type { AnalysedSide } from './side.js'
import { findAll, findFirst, foldForMatching, type Span } from './text.js'
import type { UseLexicon } from './use-lexicon.js'

/*
 * What makes a clause a statement of use — the company (or others) using, sharing or keeping what
 * users provide — and the small readings the widening comparison asks of one: who acts, what is
 * excluded, which table cell says "No".
 */

/**
 * A clause that lets the company (or others) use users' data or content: a grant, an AI-training
 * permission, or a use verb that is not negated and not the user's own act, over something users
 * provide. Purposes tables state uses row by row, without verbs.
 */
export function isUseStatement(reading: Reading, uses: UseLexicon, side: AnalysedSide, i: number, paired = true): boolean {
  const clause = side.clause(i)
  if (clause.kind === 'heading' || reading.leadInNegated) return false
  const facts = side.facts(i)
  // Definitions are compared as definitions; rules of conduct bind the user, not the company.
  // A term defined in passing ("… improve the Services (the "Purpose") we will copy …") leaves the rest a statement.
  const defines = (d: { span: { end: number } }): boolean => clause.text.length - d.span.end < 40 || side.lexicon.grammar.definingVerb.test(clause.text)
  if (paired && facts.definitions.some(defines)) return false
  if (reading.restrictions.some((r) => restrictsUser(reading, r.end))) return false
  if (facts.grant || facts.aiPermissions.length > 0) return true
  const own = reading.text.slice(reading.contextLength)
  const userObject =
    facts.objects.some((o) => o.id !== 'content-generic' && side.lexicon.userClasses.has(o.id)) ||
    findAll(side.lexicon.dataObjects, reading.text, reading.contextLength).length > 0 ||
    uses.yourThing.test(own) ||
    definedTerms(side).some((t) => clause.text.includes(t)) ||
    passiveUse(reading) ||
    headedByData(side, i, uses)
  if (!userObject) return false
  if (clause.kind === 'tableRow') return true
  return findAll(uses.verbs, reading.text, reading.contextLength).some((v) => !isNegated(reading, v.start) && !byUser(reading, v.start, uses))
}

/** The header row above a table row, folded for matching; undefined outside a table body. */
function headerText(side: AnalysedSide, i: number): string | undefined {
  const heads = side.clause(i).columnHeads
  return heads ? foldForMatching(heads.join(' | ')) : undefined
}

/** A table row whose header names users' data ("| Recipient | Location Data | Driving Data |"). */
function headedByData(side: AnalysedSide, i: number, uses: UseLexicon): boolean {
  const text = headerText(side, i)
  return text !== undefined && (findAll(side.lexicon.dataObjects, text).length > 0 || uses.yourThing.test(text))
}

/** A table row whose header says what the rows are: who receives the data, or how it is used. */
export function headedByUse(side: AnalysedSide, i: number, uses: UseLexicon): boolean {
  const text = headerText(side, i)
  return text !== undefined && (findAll(uses.verbs, text).length > 0 || findAll(side.lexicon.thirdParties, text).length > 0)
}

// "Voice memos are used only to …", "photos may be reused": the subject of a passive use is what is used, whatever its name.
const PASSIVE_USE = /(?<![\p{L}])(?:is|are|be|been|being)(?: \p{L}+ly)? (?:used|reused|re-used|kept|retained|stored|shared|disclosed|sold|processed|analy[sz]ed|transferred|deleted|published|displayed)(?![\p{L}])/u

export function passiveUse(reading: Reading): boolean {
  const m = PASSIVE_USE.exec(reading.text.slice(reading.contextLength))
  return m !== null && !isNegated(reading, reading.contextLength + m.index)
}

// "your browsing", "your approximate location": something of the user's, whatever the product calls it.
// English; a pack's use vocabulary may give its own (UseVocabulary.yourThing).
export const YOUR_THING = /(?<![\p{L}])your (?!own\b|use\b|account\b|consent\b|choice|rights?\b|request|behalf|country|jurisdiction|responsibility|risk\b|access\b|obligations?)\p{L}+/u
// Quoted ("Project Files") or set in bold at the start of a definition (**Reference Uploads** are …).
const DEFINED = /(?:["“]|\*\*|__)([A-Z][\p{L}\p{N}-]*(?: [A-Z][\p{L}\p{N}-]*){0,3})(?:["”]|\*\*|__)/gu
const definedCache = new WeakMap<AnalysedSide, string[]>()
const COMPANY_NAME = /["“”*_\s,]+(?:we|us|our|the company)["”*_]/iu
const USER_DEFINITION = /(?<![\p{L}])(?:you|your|users?|customers?|members?|creators?)(?![\p{L}])/iu

/** The document's own defined terms ("Project Files", "Reference Uploads"): objects the vocabulary cannot know. */
export function definedTerms(side: AnalysedSide): string[] {
  let found = definedCache.get(side)
  if (!found) {
    // Only terms whose definition is about what users provide: "Platform" or the company's name are not objects.
    const source = side.doc.source
    found = [
      ...new Set(
        [...source.matchAll(DEFINED)]
          // ("Acme", "we", "us") names the company, not something users provide.
          .filter((m) => !COMPANY_NAME.test(source.slice(m.index, m.index + 80)) && USER_DEFINITION.test(source.slice(m.index, m.index + 260)))
          .map((m) => m[1] ?? '')
          .filter((t) => t.length > 3),
      ),
    ]
    definedCache.set(side, found)
  }
  return found
}

export const TO_USER = /(?:send|sending|email|emailing|contact|contacting|deliver|delivering)(?: you)?[^.;]{0,120}$/

const USER_ACT = /(?<![\p{L}])(?:you|users?|members?|customers?)(?: (?:may|can|must|will|should|agree to|choose to|want to|wish to|decide to))?\s*$/u

/** "you can share your photos": the user's act, not the company's use. A pack may say how its language writes it. */
export function byUser(reading: Reading, position: number, uses?: UseLexicon): boolean {
  if (uses?.userAct) return uses.userAct.test(reading.text.slice(Math.max(0, position - 80), position))
  return USER_ACT.test(reading.text.slice(Math.max(0, position - 40), position))
}

/** A licence the company gives the user over its own things is not a use of the user's content. */
export function grantsToUser(reading: Reading, lexicon: Lexicon): boolean {
  return findFirst(lexicon.toUser, reading.text) !== undefined && findFirst(lexicon.fromUser, reading.text) === undefined
}

/** Inside "except …", "not …", "other than …": the words narrow the use rather than widen it. */
export function excluded(reading: Reading, uses: UseLexicon, position: number): boolean {
  if (isNegated(reading, position) || inUserCondition(reading, position)) return true
  const scope = segmentAt(reading, position)
  const start = Math.max(scope.start, position - 120)
  // A bare "not" was weighed by isNegated, which knows "because this data does not identify you, we may …".
  return findAll(uses.exclusions, reading.text, start, position).some((m) => !reading.negators.some((n) => n.start === m.start && n.end === m.end))
}


/** "If you … take part in user research, we may collect …": the user's own act, set as a condition, is no purpose. */
function inUserCondition(reading: Reading, position: number): boolean {
  const sentenceStart = Math.max(reading.contextLength, reading.text.lastIndexOf('. ', position) + 1)
  const before = reading.text.slice(sentenceStart, position)
  const last = findAll(reading.lexicon.grammar.conditionals, before).pop()
  if (!last) return false
  const condition = before.slice(last.end)
  // The main clause starts at ", we may …" / ", Acme will …"; commas before it list the user's acts.
  if (/,[^,]*?(?<![\p{L}])(?:we|may|will|can|shall|must|might|would)(?![\p{L}])/u.test(condition)) return false
  return /^\s*(?:you|users?|members?|customers?)(?![\p{L}])/u.test(condition)
}

/** The term is what a permitted use is for: after a use verb that is not negated, in the same scope. */
export function afterUseVerb(reading: Reading, uses: UseLexicon, span: Span): boolean {
  const scope = segmentAt(reading, span.start)
  return findAll(uses.verbs, reading.text, Math.max(scope.start, span.start - 160), span.start).some((v) => !isNegated(reading, v.start) && !byUser(reading, v.start, uses))
}

/** A table cell that is only "No" / "Never" / "Not used". */
export function negatorCell(reading: Reading, negator: Span): boolean {
  const from = reading.text.lastIndexOf('|', negator.start)
  const to = reading.text.indexOf('|', negator.end)
  const cell = reading.text.slice(from + 1, to < 0 ? reading.text.length : to).trim()
  return cell.split(/\s+/).length <= 3
}

export function negatesUse(reading: Reading, uses: UseLexicon, negator: Span): boolean {
  const scope = segmentAt(reading, negator.start)
  return findAll(uses.verbs, reading.text, negator.end, Math.min(scope.end, negator.end + 60)).length > 0
}
