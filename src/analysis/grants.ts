import type { CompiledEntry } from './lexicon.js'
import { isNegated, type Reading } from './reading.js'
import { findAll, findFirst, overlaps, type Span } from './text.js'

/** A vocabulary term found in a clause. */
export interface Term {
  id: string
  label: string
  weight: number
  span: Span
}

/** A grant of rights over the user's content, read slot by slot. */
export interface GrantFrame {
  /** Where the grant is worded ("you grant", "license to use"). */
  operative: Span
  /** The clause refers back to an earlier grant ("this license is irrevocable"). */
  reference: boolean
  /** "you grant", "by posting": the user is named as the grantor. */
  fromUser: boolean
  attributes: Term[]
  verbs: Term[]
  objects: Term[]
  purposes: Term[]
  grantees: Term[]
  conditions: Term[]
}

/** Grant-like wording that hangs off a negation: "these Terms do not grant us any licence". */
export interface NegatedGrant {
  span: Span
}

const DENSITY_ATTRIBUTES = new Set(['perpetual', 'irrevocable', 'royalty-free', 'sublicensable', 'transferable', 'multi-tier', 'unconditional', 'all-other-rights'])

export function terms(entries: readonly CompiledEntry[], text: string, from = 0): Term[] {
  const found: Term[] = []
  for (const e of entries) {
    for (const span of findAll(e.re, text, from)) found.push({ id: e.id, label: e.label, weight: e.weight, span })
  }
  return found.sort((a, b) => a.span.start - b.span.start)
}

/** Reads the grant in a clause, if it has one from the user to the company or others. */
export function readGrant(reading: Reading): GrantFrame | NegatedGrant | undefined {
  const { text, lexicon } = reading
  const attributes = terms(lexicon.attributes, text)
  const operatives = findAll(lexicon.grantOperatives, text)
  const reference = findFirst(lexicon.grantReferences, text)
  const densityCount = new Set(attributes.filter((a) => DENSITY_ATTRIBUTES.has(a.id)).map((a) => a.id)).size
  const warranties = findAll(lexicon.warranties, text)
  // "you have obtained all rights … to authorise us to use": a warranty, not a grant.
  const inWarranty = (o: Span): boolean => warranties.some((w) => w.end <= o.start && o.start - w.end < 160 && !/[;:]/.test(text.slice(w.end, o.start)))
  let operative = operatives.find((o) => !isNegated(reading, o.start) && !inWarranty(o))
  if (!operative && operatives.length > 0 && densityCount < 2) return { span: operatives[0] as Span }
  if (!operative && densityCount >= 2) operative = attributes[0]?.span
  if (!operative && reference && attributes.length > 0) operative = reference
  if (!operative) return undefined

  const toUser = findAll(lexicon.toUser, text)
  const fromUser = findAll(lexicon.fromUser, text).filter((f) => !isNegated(reading, f.start))
  if (toUser.length > 0 && fromUser.length === 0) return undefined

  const companyObjects = findAll(lexicon.companyObjects, text)
  const objects = terms(lexicon.objects, text).filter((o) => !companyObjects.some((c) => overlaps(c, o.span)))
  const userObjects = objects.filter((o) => isUserSide(o, lexicon.objects))
  const isFromUser = fromUser.length > 0
  // "The licence granted in section 2.2 also extends to …": a reference takes its objects from the grant it names.
  const referring = reference !== undefined
  if (!isFromUser && userObjects.length === 0 && !referring) return undefined
  // Without the user named as grantor, only licensing words or a string of licence adjectives make a grant.
  if (!isFromUser && densityCount < 2 && !lexicon.grammar.licensing.test(text)) return undefined
  if (isFromUser && objects.length === 0 && companyObjects.length > 0 && !reference) return undefined
  // A licence over feedback alone is the norm and benign (ToS;DR treats it apart from content).
  const kept = objects.filter((o) => o.id !== 'content-generic' || isFromUser)
  if (kept.length > 0 && kept.every((o) => o.id === 'feedback')) return undefined

  return {
    operative,
    reference: reference !== undefined && operatives.length === 0,
    fromUser: isFromUser,
    attributes,
    verbs: rights(reading),
    objects: dedupeObjects(kept),
    purposes: terms(lexicon.purposes, text),
    grantees: terms(lexicon.grantees, text),
    conditions: terms(lexicon.conditions, text),
  }
}

/** The rights a grant names; "for the period of publication" names a time, not the right to publish. */
function rights(reading: Reading): Term[] {
  const { text, lexicon } = reading
  const times = findAll(lexicon.durationNouns, text)
  return terms(lexicon.rightsVerbs, text).filter((v) => !times.some((t) => t.end <= v.span.start && v.span.start - t.end <= 14 && !/[,;.:|]/.test(text.slice(t.end, v.span.start))))
}

function isUserSide(term: Term, entries: readonly CompiledEntry[]): boolean {
  const entry = entries.find((e) => e.id === term.id)
  return entry?.userSide ?? false
}

/** "your content" and "content" name one object: keep the more specific term. */
function dedupeObjects(objects: Term[]): Term[] {
  return objects.filter((o) => !objects.some((p) => p !== o && overlaps(p.span, o.span) && p.span.end - p.span.start > o.span.end - o.span.start))
}

export function isGrantFrame(g: GrantFrame | NegatedGrant | undefined): g is GrantFrame {
  return g !== undefined && 'operative' in g
}
