import { editDistance } from '../util/edit-distance.js'
import type { Alignment } from './align.js'
import { objectClass, userClasses } from './compare-ai.js'
import { listing, type AddedTerm, type DraftFinding } from './draft.js'
import type { GrantFrame, Term } from './grants.js'
import type { Lexicon } from './lexicon.js'
import type { AnalysedSide } from './side.js'
import type { FrameSummary } from './types.js'

type SlotName = 'attributes' | 'verbs' | 'objects' | 'purposes' | 'grantees'
const SLOTS: readonly SlotName[] = ['attributes', 'verbs', 'objects', 'purposes', 'grantees']

/** A grant reduced to what it gives, slot by slot, keyed by vocabulary id. */
export interface GrantSlots {
  index: number
  /** The clause's folded reading text. */
  text: string
  classes: string[]
  slots: Record<SlotName, Map<string, Term>>
  frame: GrantFrame
}

const AI_PURPOSE = 'ai-training'

function LICENCE_TO_USER(text: string, side: AnalysedSide): boolean {
  const re = side.lexicon.toUser
  re.lastIndex = 0
  return re.test(text) && /licen[cs]|right/.test(text)
}

function slotMap(termsList: readonly Term[], key: (t: Term) => string = (t) => t.id): Map<string, Term> {
  const m = new Map<string, Term>()
  for (const t of termsList) if (!m.has(key(t))) m.set(key(t), t)
  return m
}

/** The object classes a grant covers; "this licence …" inherits them from the grant it refers to. */
function grantClasses(side: AnalysedSide, i: number, frame: GrantFrame): string[] {
  const own = userClasses(frame.objects, side.lexicon)
  if (own[0] !== 'unspecified') return own
  const clause = side.clause(i)
  // The nearest earlier grant of the same section, however far: text in between is not counted,
  // so that unchanged prose never decides which grant a reference points to.
  // A reference across a heading ("the licence granted in section 2.2") reaches a few lines back,
  // counted in source lines: which clauses were read at all must not decide it (the fast path).
  for (let j = i - 1; j >= 0; j--) {
    const prev = side.clause(j)
    if (prev.headingPath.join('\u0000') !== clause.headingPath.join('\u0000') && clause.startLine - prev.endLine > 30) break
    const facts = side.facts(j)
    const g = facts.grant
    // The nearest licence is one the company gives the user: "this licence" is that one.
    if (!g && LICENCE_TO_USER(facts.reading.text, side)) break
    if (g) {
      const inherited = userClasses(g.objects, side.lexicon)
      if (inherited[0] !== 'unspecified') return inherited
    }
  }
  return own
}

export function grantSlots(side: AnalysedSide, i: number): GrantSlots | undefined {
  const facts = side.facts(i)
  const frame = facts.grant
  if (!frame) return undefined
  const classes = grantClasses(side, i, frame)
  // "This licence continues …" after a licence to the user refers to no grant of the user's.
  if (frame.reference && !frame.fromUser && classes[0] === 'unspecified') return undefined
  const purposes = [...frame.purposes]
  for (const p of facts.aiPermissions) purposes.push({ id: AI_PURPOSE, label: 'AI / machine-learning training', weight: 3, span: p.span })
  return {
    index: i,
    text: facts.reading.text,
    classes,
    frame,
    slots: {
      attributes: slotMap(frame.attributes),
      verbs: slotMap(frame.verbs),
      objects: slotMap(frame.objects, (t) => objectClass(t.id)),
      purposes: slotMap(purposes),
      grantees: slotMap(frame.grantees),
    },
  }
}

export function baseGrants(base: AnalysedSide): GrantSlots[] {
  const out: GrantSlots[] = []
  base.clauses.forEach((_, j) => {
    const g = grantSlots(base, j)
    if (g) out.push(g)
  })
  return out
}

function summary(g: GrantSlots, labelOfClass: ReadonlyMap<string, string>): FrameSummary {
  const labels = (slot: SlotName): string[] =>
    [...g.slots[slot].entries()].map(([k, t]) => (slot === 'objects' ? (labelOfClass.get(k) ?? t.label) : t.label))
  return {
    attributes: labels('attributes'),
    rights: labels('verbs').filter((l) => l !== 'use'),
    objects: labels('objects'),
    purposes: labels('purposes'),
    grantees: labels('grantees'),
  }
}

function difference(head: GrantSlots, base: GrantSlots): Term[] {
  const added: Term[] = []
  for (const slot of SLOTS) {
    for (const [key, term] of head.slots[slot]) if (!base.slots[slot].has(key) && !isSpellingFix(term, head.text, base.text)) added.push(term)
  }
  return added
}

/** "publsh" → "publish": a corrected misspelling adds nothing. */
function isSpellingFix(term: Term, headText: string, baseText: string): boolean {
  const word = headText.slice(term.span.start, term.span.end)
  if (word.length < 5 || !/^[a-z-]+$/.test(word) || new RegExp(`\\b${word}\\b`).test(baseText)) return false
  return (baseText.match(/[a-z-]{4,}/g) ?? []).some((w) => w[0] === word[0] && Math.abs(w.length - word.length) <= 1 && editDistance(w, word) === 1)
}


const weightOf = (terms: readonly Term[]): number => terms.reduce((s, t) => s + t.weight, 0)

/** A new grant, or new breadth in an existing one, in a changed or added head clause. */
export function compareGrant(
  base: AnalysedSide,
  head: AnalysedSide,
  i: number,
  alignment: Alignment,
  bases: readonly GrantSlots[],
  lexicon: Lexicon,
): DraftFinding | undefined {
  const mine = grantSlots(head, i)
  if (!mine) return undefined
  const contextLength = head.facts(i).reading.contextLength
  const labelOfClass = new Map(lexicon.objects.map((o) => [objectClass(o.id), o.label]))
  const pair = alignment.headPair[i]
  const candidates = bases.filter(
    (b) => b.index === pair || mine.classes.includes('unspecified') || b.classes.includes('unspecified') || b.classes.some((c) => mine.classes.includes(c)),
  )

  let best: GrantSlots | undefined
  let bestAdded: Term[] = []
  for (const c of candidates) {
    const added = difference(mine, c)
    const better = best === undefined || weightOf(added) < weightOf(bestAdded) || (weightOf(added) === weightOf(bestAdded) && c.index === pair)
    if (better) {
      best = c
      bestAdded = added
    }
  }

  const isNew = best === undefined
  const allTerms = isNew ? SLOTS.flatMap((s) => [...mine.slots[s].values()]) : bestAdded
  // AI purposes are reported as ai-training findings of their own.
  const reportable = allTerms.filter((t) => t.id !== AI_PURPOSE && (isNew || t.weight >= 1))
  let visible = reportable.filter((t) => t.id !== 'use' && t.id !== 'content-generic')
  // New wording that grants as much as an existing licence is still a new grant (to a new
  // party, a new territory, a new service): report its breadth, not nothing.
  const pairIsGrant = bases.some((b) => b.index === pair)
  const strong = [...mine.slots.attributes.values()].filter((a) => a.weight >= 2)
  const repeated = !isNew && visible.length === 0 && !pairIsGrant && !mine.frame.reference && strong.length >= 2
  if (repeated) visible = [...strong, ...mine.slots.grantees.values()]
  if (!isNew && visible.length === 0) return undefined
  if (isNew && visible.length === 0 && mine.frame.reference) return undefined
  // A first licence that only lets the company use or host data to run the service is routine.
  if (isNew && weightOf(visible) < 1) return undefined

  const weights = lexicon.pack.severity
  const hasAi = mine.slots.purposes.has(AI_PURPOSE)
  const limited = mine.frame.conditions.some((c) => c.id === 'limited-purpose')
  const factor = limited ? (weights.conditionFactors['limited-purpose'] ?? 1) : 1
  // What is added weighs more in a licence that is already perpetual, irrevocable or sublicensable.
  const breadth = isNew || repeated ? 0 : 0.5 * weightOf(strong)
  const score = ((isNew ? weights.newGrant : 0) + weightOf(visible) + breadth + (hasAi ? 3 : 0)) * factor

  const added: AddedTerm[] = visible.map((t) => ({
    label: mine.slots.objects.get(objectClass(t.id)) === t ? (labelOfClass.get(objectClass(t.id)) ?? t.label) : t.label,
    ...(t.span.end > contextLength ? { span: t.span } : {}),
  }))
  const objects = mine.classes.filter((c) => c !== 'unspecified').map((c) => labelOfClass.get(c) ?? c)
  const over = objects.length > 0 ? listing(objects) : 'users\' content'
  const describe = (labels: readonly string[]): string =>
    isNew
      ? `New licence over ${over}${labels.length > 0 ? `: ${listing(labels)}` : ''}. The previous version granted no such rights.`
      : repeated && best
        ? `New licence over ${over}: ${listing(labels)}. It is as broad as an existing licence (line ${base.clause(best.index).startLine} of the previous version) but is granted anew.`
        : `The licence over ${over} is broader: it now adds ${listing(labels)}.`
  return {
    category: 'broad-license-grant',
    side: 'after',
    rule: isNew || repeated ? 'builtin/new-license-grant' : 'builtin/broader-license-grant',
    clauseIndex: i,
    added,
    score,
    describe,
    comparison: { ...(best ? { before: summary(best, labelOfClass) } : {}), after: summary(mine, labelOfClass) },
    sideData: head,
    ...(best ? { previous: base.clause(best.index) } : {}),
  }
}
