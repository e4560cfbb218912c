import type { AiStatement } from './ai.js'
import type { GrantFrame, Term } from './grants.js'
import { isNegated, restrictsUser, segmentAt, type Reading } from './reading.js'
import { findAll, type Span } from './text.js'
import { useLexicon } from './use-lexicon.js'

export type ProtectionKind =
  | 'no-ai-training'
  | 'no-sale'
  | 'no-sharing'
  | 'consent-required'
  | 'purpose-limited'
  | 'time-limited'
  | 'user-ownership'
  | 'notice-before-new-use'

/** A commitment that limits what the company does with users' content or data. */
export interface Protection {
  kind: ProtectionKind
  span: Span
  /** Whose content or data it protects (object classes in its scope); empty when unstated. */
  classes: string[]
  /**
   * True when the protection qualifies the grant or use in its own clause ("solely to provide
   * the Service"): it only stands if that clause keeps it. Otherwise it is a standalone
   * commitment, which stands if the document restates it anywhere.
   */
  local: boolean
}

export const PROTECTION_LABELS: Record<ProtectionKind, string> = {
  'no-ai-training': 'commitment not to use content or data for AI training',
  'no-sale': 'commitment not to sell personal data',
  'no-sharing': 'commitment not to share data with third parties',
  'consent-required': 'consent required before the use or disclosure',
  'purpose-limited': 'use limited to providing the service',
  'time-limited': 'licence limited in time or revocable',
  'user-ownership': 'user keeps ownership',
  'notice-before-new-use': 'notice or consent before any new use',
}

// The verbs a consent gate or purpose limit can qualify (use or disclose, as opposed to collect)
// are the language's grammar (Grammar.useVerbs, gatedUseVerbs, collectVerbs).

/**
 * What a consent gate guards: a use or disclosure of data (a protection of the content), or
 * only its collection (a privacy formality outside tos-guard's scope). The nearest verb after
 * the consent wording decides; failing that, the nearest before it.
 */
function gatedVerb(reading: Reading, consent: Span): 'use' | 'collect' | undefined {
  const scope = segmentAt(reading, consent.start)
  const kind = (m: RegExpExecArray): 'use' | 'collect' => (m[1] ? 'use' : 'collect')
  const GATED_VERB = reading.lexicon.grammar.gatedVerb
  GATED_VERB.lastIndex = consent.end
  const after = GATED_VERB.exec(reading.text)
  if (after && after.index < Math.min(scope.end, consent.end + 80)) return kind(after)
  let before: RegExpExecArray | undefined
  GATED_VERB.lastIndex = scope.start
  for (let m = GATED_VERB.exec(reading.text); m && m.index < consent.start; m = GATED_VERB.exec(reading.text)) before = m
  return before ? kind(before) : undefined
}

/** "… with energy utilities, insurers or landlords": the disclosure at `verb` names whom it goes to. */
export function namesRecipient(reading: Reading, verb: Span, scope: Span): boolean {
  return findAll(reading.lexicon.grammar.shareRecipient, reading.text, verb.end, scope.end).length > 0
}

/** Finds the protective commitments in a clause. */
export function findProtections(reading: Reading, grant: GrantFrame | undefined, ai: readonly AiStatement[], objects: readonly Term[], framed = false): Protection[] {
  const { text, lexicon } = reading
  const found: Array<Omit<Protection, 'classes'>> = []
  const clauseStart = reading.contextLength

  for (const s of ai) {
    if (s.negated && !s.restrictsUser && s.span.start >= clauseStart) found.push({ kind: 'no-ai-training', span: s.span, local: false })
  }

  const hasData = findAll(lexicon.dataObjects, text).length > 0
  for (const verb of findAll(lexicon.sale, text, clauseStart)) {
    if (!isNegated(reading, verb.start) || restrictsUser(reading, verb.start)) continue
    const scope = segmentAt(reading, verb.start)
    const inScope = findAll(lexicon.dataObjects, text, scope.start, scope.end).length > 0 || /data broker/.test(text.slice(verb.start, verb.end))
    if (inScope) found.push({ kind: 'no-sale', span: verb, local: false })
  }
  for (const verb of findAll(lexicon.share, text, clauseStart)) {
    if (!isNegated(reading, verb.start) || restrictsUser(reading, verb.start)) continue
    const scope = segmentAt(reading, verb.start)
    const third = findAll(lexicon.thirdParties, text, scope.start, scope.end).length > 0 || namesRecipient(reading, verb, scope)
    // "We do not share it with …": the pronoun stands for the data of the sentence before.
    const pronoun = lexicon.grammar.sharedPronoun
    pronoun.lastIndex = verb.end
    // "your meter readings": something of the user's is data whatever the product calls it.
    const yours = useLexicon(lexicon)?.yourThing.test(text.slice(scope.start, scope.end)) ?? false
    const data = findAll(lexicon.dataObjects, text, scope.start, scope.end).length > 0 || pronoun.test(text) || yours
    if (third && data) found.push({ kind: 'no-sharing', span: verb, local: false })
  }

  const usesData = hasData && lexicon.grammar.useVerbs.test(text)
  // "We may use this licence only to operate the Services" limits the grant it refers to.
  const refersToGrant = findAll(lexicon.grantReferences, text, clauseStart).length > 0
  if (grant || usesData || refersToGrant) {
    for (const span of findAll(lexicon.consent, text, clauseStart)) {
      if (restrictsUser(reading, span.start)) continue
      if (!grant && !refersToGrant && gatedVerb(reading, span) !== 'use') continue
      found.push({ kind: 'consent-required', span, local: true })
    }
    for (const span of findAll(lexicon.purposeLimit, text, clauseStart)) {
      if (!isNegated(reading, span.start)) found.push({ kind: 'purpose-limited', span, local: true })
    }
  }
  // "This licence ends when you delete …" limits the grant it refers to; a row or item of the
  // licence's terms ("Duration | only while your Content is stored") limits it too.
  const aboutContent = framed && objects.some((o) => o.span.start >= clauseStart)
  if (grant || aboutContent || refersToGrant) {
    for (const span of findAll(lexicon.durationLimit, text, clauseStart)) found.push({ kind: 'time-limited', span, local: true })
  }
  // The clause's own words, not its lead-in: "you are the owner" under "if someone posted your work" is about a notice.
  const ownsContent = objects.some((o) => o.span.start >= clauseStart && o.id !== 'content-generic' && lexicon.userClasses.has(o.id))
  for (const span of findAll(lexicon.ownership, text, clauseStart)) {
    if (grant || ownsContent) found.push({ kind: 'user-ownership', span, local: false })
  }
  for (const span of findAll(lexicon.notice, text, clauseStart)) found.push({ kind: 'notice-before-new-use', span, local: false })
  return found.map((p) => {
    const scope = segmentAt(reading, p.span.start)
    const classes = new Set(objects.filter((o) => o.span.start >= scope.start && o.span.end <= scope.end).map((o) => (o.id === 'content-generic' ? 'content' : o.id)))
    return { ...p, classes: [...classes] }
  })
}
