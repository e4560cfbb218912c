import { editDistance } from '../util/edit-distance.js'
import type { Alignment } from './align.js'
import { listing, type AddedTerm, type DraftFinding } from './draft.js'
import type { Lexicon } from './lexicon.js'
import { isNegated, readText, type Reading } from './reading.js'
import type { AnalysedSide } from './side.js'
import { findAll, foldForMatching, menuPaths, overlaps } from './text.js'
import { useLexicon, type UseLexicon } from './use-lexicon.js'
import { afterUseVerb, definedTerms, headedByUse, excluded, grantsToUser, isUseStatement, negatesUse, negatorCell, TO_USER } from './use-statement.js'
import { baseWindow, count, entrySaid, framedBefore, permittedBefore, phrase, present, SAME_TERM_GROUPS, saidWithout, windowIndices, windowText } from './use-windows.js'
import { diffWords, runs, tokenize, type Token } from './word-diff.js'

/*
 * A change to an existing statement of use, read word by word against the clause it replaces:
 * what the new wording adds (a purpose, a recipient, a data source, a model family, "any other")
 * and which limits it drops ("only", "except", "with your consent", a start date, a deletion
 * period). Wording that is elsewhere in the old text nearby, and substitutions made throughout
 * the document (a renamed product or defined term), are not additions.
 */

export interface UseContext {
  /** "deleted words→inserted words" made in at least two places: a rename, not an edit. */
  renames: Set<string>
  /** Head clause → base clause for clauses the alignment left unpaired but that sit in the same place. */
  positional: Map<number, number>
  /** Every word of the old version: a new statement that repeats a purpose stated anywhere before adds nothing. */
  baseText: () => string
}

interface Hunk {
  deleted: Token[]
  inserted: Token[]
}

function ownText(reading: Reading): string {
  return reading.text.slice(reading.contextLength)
}

function hunks(base: Token[], head: Token[]): { hunks: Hunk[]; deleted: boolean[]; inserted: boolean[] } {
  const { deleted, inserted } = diffWords(base, head)
  const out: Hunk[] = []
  let i = 0
  let j = 0
  while (i < base.length || j < head.length) {
    const h: Hunk = { deleted: [], inserted: [] }
    while (i < base.length && deleted[i]) h.deleted.push(base[i++] as Token)
    while (j < head.length && inserted[j]) h.inserted.push(head[j++] as Token)
    if (h.deleted.length > 0 || h.inserted.length > 0) out.push(h)
    else {
      i++
      j++
    }
  }
  return { hunks: out, deleted, inserted }
}

/** "perpetaul" → "perpetual": a corrected spelling, word for word, adds nothing. */
function spellingOnly(h: Hunk): boolean {
  if (h.deleted.length === 0 || h.deleted.length !== h.inserted.length) return false
  return h.deleted.every((d, k) => {
    const w = h.inserted[k]?.word ?? ''
    return d.word.length >= 5 && editDistance(d.word, w) <= (d.word.length >= 7 ? 2 : 1)
  })
}

const key = (h: Hunk): string => `${h.deleted.map((t) => t.word).join(' ')}\u2192${h.inserted.map((t) => t.word).join(' ')}`

/** Pairs by position and renames by repetition, read once per comparison. */
export function useContext(base: AnalysedSide, head: AnalysedSide, alignment: Alignment, changedHead: readonly number[]): UseContext {
  const positional = positionalPairs(base, head, alignment, changedHead)
  const counts = new Map<string, number>()
  for (const i of changedHead) {
    const j = alignment.headPair[i] ?? positional.get(i)
    if (j === undefined) continue
    const b = tokenize(base.clause(j).text)
    const h = tokenize(head.clause(i).text)
    for (const hunk of hunks(b, h).hunks) {
      if (hunk.deleted.length === 0 || hunk.inserted.length === 0 || hunk.deleted.length > 4 || hunk.inserted.length > 4) continue
      const k = key(hunk)
      counts.set(k, (counts.get(k) ?? 0) + 1)
    }
  }
  // A word list of the whole old version, as large as the document: built only if a widened use asks.
  let baseText: string | undefined
  const words = (): string => (baseText ??= ` ${tokenize(base.doc.source.toLowerCase()).map((t) => t.word).join(' ')} `)
  return { renames: new Set([...counts].filter(([, n]) => n >= 2).map(([k]) => k)), positional, baseText: words }
}

/** An unpaired head clause and an unpaired base clause between the same aligned neighbours. */
function positionalPairs(base: AnalysedSide, head: AnalysedSide, alignment: Alignment, changedHead: readonly number[]): Map<number, number> {
  const out = new Map<number, number>()
  const baseOf = (i: number): number | undefined => alignment.headSame[i] ?? alignment.headPair[i]
  const taken = new Set<number>()
  for (const i of changedHead) {
    if (alignment.headPair[i] !== undefined) continue
    let lo = -1
    for (let k = i - 1; k >= 0; k--) {
      const b = baseOf(k)
      if (b !== undefined) {
        lo = b
        break
      }
    }
    let hi = base.clauses.length
    for (let k = i + 1; k < head.clauses.length; k++) {
      const b = baseOf(k)
      if (b !== undefined) {
        hi = b
        break
      }
    }
    if (hi - lo > 6) continue
    const words = new Set(tokenize(head.clause(i).text).map((t) => t.word))
    let best: number | undefined
    let bestShare = 0.2
    for (let j = lo + 1; j < hi; j++) {
      if (alignment.baseSame[j] !== undefined || alignment.basePair[j] !== undefined || taken.has(j)) continue
      if (base.clause(j).kind === 'heading' || head.clause(i).kind === 'heading') continue
      const other = tokenize(base.clause(j).text).map((t) => t.word)
      if (other.length === 0 || words.size === 0) continue
      const share = other.filter((w) => words.has(w)).length / Math.min(other.length, words.size)
      if (share > bestShare) {
        best = j
        bestShare = share
      }
    }
    if (best !== undefined) {
      out.set(i, best)
      taken.add(best)
    }
  }
  return out
}

interface Change {
  added: AddedTerm[]
  dropped: string[]
  /** Every added term is open-ended retention (by entry id: every pack labels it in its own language). */
  retentionOnly: boolean
}

function readChange(
  base: AnalysedSide,
  head: AnalysedSide,
  i: number,
  j: number | undefined,
  anchor: number | undefined,
  ctx: UseContext,
  uses: UseLexicon,
  splitFrom: readonly number[] = [],
): Change | undefined {
  const hReading = head.facts(i).reading
  const hOwn = ownText(hReading)
  const offset = hReading.contextLength
  const hTokens = tokenize(hOwn)
  const bReading = j !== undefined ? base.facts(j).reading : undefined
  const bOwn = bReading ? ownText(bReading) : ''
  const bTokens = tokenize(bOwn)
  const diff = hunks(bTokens, hTokens)
  const inserted = [...diff.inserted]
  const deleted = [...diff.deleted]
  for (const h of diff.hunks) {
    if (!ctx.renames.has(key(h)) && !spellingOnly(h)) continue
    for (const t of h.inserted) inserted[hTokens.indexOf(t)] = false
    for (const t of h.deleted) deleted[bTokens.indexOf(t)] = false
  }
  const insertedSpans = runs(inserted).map(([a, b]) => ({ start: (hTokens[a]?.start ?? 0) + offset, end: (hTokens[b]?.end ?? 0) + offset }))
  if (insertedSpans.length === 0 && !deleted.some(Boolean)) return undefined
  // Each row of a purposes table is a use of its own: the next row's "legitimate interests" is not this row's.
  const rowToRow = j !== undefined && head.clause(i).kind === 'tableRow' && base.clause(j).kind === 'tableRow'
  const reach = rowToRow ? 0 : j === undefined || head.facts(i).grant ? 4 : 2
  const indices = anchor !== undefined ? windowIndices(base, anchor, reach) : []
  const window = windowText(base, indices)
  // Words the old text nearby said only under a negation ("we do not use Reference Uploads") are not restated by a permission.
  const said = (words: string): boolean => present(window, words) && saidWithout(base, indices, words, head.facts(i).objects)
  const renamedTo = new Set([...ctx.renames].map((k) => ` ${k.split('\u2192')[1] ?? ''} `))

  const hFacts = head.facts(i)
  const baseAi = j !== undefined && base.facts(j).aiPermissions.length > 0
  const allowed = (group: string): boolean => {
    if (group === 'ai') return baseAi && hFacts.aiPermissions.length > 0
    if (group === 'right' || group === 'attribute') return hFacts.grant !== undefined
    if (group === 'object') return hFacts.grant !== undefined || hFacts.aiPermissions.length > 0
    if (group === 'broadener') return hFacts.grant !== undefined || hFacts.aiPermissions.length > 0 || head.clause(i).kind === 'tableRow'
    // A new statement needs a purpose, a sale or a recipient to say more than the old text nearby.
    if (j === undefined) return group === 'purpose' || group === 'sale' || group === 'recipient'
    return true
  }
  const added: AddedTerm[] = []
  const retention = new Set<AddedTerm>()
  const seen = new Set<string>()
  const menus = menuPaths(hReading.text)
  for (const { group, entries } of uses.widening) {
    if (!allowed(group)) continue
    for (const e of entries) {
      for (const span of findAll(e.re, hReading.text, offset)) {
        if (!insertedSpans.some((s) => overlaps(s, span)) || menus.some((m) => span.start >= m.start && span.end <= m.end)) continue
        const words = phrase(hReading.text, span)
        if (group === 'object' ? framedBefore(base, words, hFacts.aiPermissions.length > 0) || sameNoun(words, bTokens) : said(words) || [...renamedTo].some((r) => r.includes(words))) continue
        // The same term in other words in the clause it replaces ("the general public" for "other users") is not new either.
        if (j !== undefined && SAME_TERM_GROUPS.has(group) && entrySaid(base, [j], e.re)) continue
        // A sentence split off the old one ("… to operate and promote the platform") says the same purpose in another form.
        if (j === undefined && SAME_TERM_GROUPS.has(group) && splitFrom.length > 0 && entrySaid(base, splitFrom, e.re)) continue
        if (j === undefined && (permittedBefore(base, ctx.baseText(), words, hFacts.objects) || !(afterUseVerb(hReading, uses, span) || headedByUse(head, i, uses)))) continue
        if (excluded(hReading, uses, span.start)) continue
        // Legitimate interests widen a use only where they replace consent, not where a basis is first named.
        if (e.id === 'weak-basis' && !(bReading && uses.limiters.some((l) => l.id === 'consent' && findAll(l.re, bReading.text).length > 0))) continue
        // "to send you newsletters": a message to the user, not a use of what the user provides.
        if (group === 'purpose' && e.id === 'marketing' && TO_USER.test(hReading.text.slice(Math.max(0, span.start - 160), span.start))) continue
        const id = `${group}:${e.id}`
        if (seen.has(id)) continue
        seen.add(id)
        const term = { label: group === 'broadener' ? e.label : `${e.label}`, span }
        if (id === 'broadener:open-retention') retention.add(term)
        added.push(term)
      }
    }
  }

  const dropped: string[] = []
  if (bReading) {
    const bOffset = bReading.contextLength
    const deletedSpans = runs(deleted).map(([a, b]) => ({ start: (bTokens[a]?.start ?? 0) + bOffset, end: (bTokens[b]?.end ?? 0) + bOffset }))
    const around = baseWindow(head, i, reach)
    const before = anchor !== undefined ? window : ' '
    // A run that deletes a use together with its limit ("and staff may review de-identified snippets") narrows.
    const deletedUse = deletedSpans.filter((s) => findAll(uses.verbs, bReading.text, s.start, s.end).some((v) => v.end <= s.end && !isNegated(bReading, v.start)))
    for (const e of uses.limiters) {
      const gone = findAll(e.re, bReading.text, bOffset).filter((span) => deletedSpans.some((s) => overlaps(s, span)) && !deletedUse.some((s) => overlaps(s, span)))
      if (gone.length === 0 || (e.id === 'own-models' && !baseAi)) continue
      if (findAll(e.re, hReading.text, offset).length > 0) continue
      // A dropped "not" matters where it negated a use: "we do not sell", not "if you don't".
      // In a purposes or plans table a cell that says "No" negates the row's use.
      if (e.id === 'negation' && !gone.some((n) => negatesUse(bReading, uses, n) || (base.clause(j as number).kind === 'tableRow' && negatorCell(bReading, n)))) continue
      // Moved into the heading the clause now sits under ("### Based on your consent" above rows that each said "Consent").
      if (headingSays(head, i, e.re) && !headingSays(base, j as number, e.re)) continue
      // Moved, not dropped: the new text nearby says the words as often as the old text nearby did.
      if (gone.every((span) => count(around, phrase(bReading.text, span)) >= count(before, phrase(bReading.text, span)))) continue
      // Or in other words of the same kind: "solely for operating" → "… only to operate" in the next sentence.
      if (findAll(e.re, around).length >= findAll(e.re, before).length) continue
      dropped.push(e.label)
    }
  }
  // The document's own names for what users provide ("Reference Uploads") join a grant or AI use like vocabulary does.
  if (allowed('object')) {
    for (const term of definedTerms(head)) {
      const needle = ` ${tokenize(term.toLowerCase()).map((t) => t.word).join(' ')} `
      const at = hReading.text.indexOf(term.toLowerCase(), offset)
      if (at < 0 || framedBefore(base, needle, hFacts.aiPermissions.length > 0)) continue
      const span = { start: at, end: at + term.length }
      if (!insertedSpans.some((s) => overlaps(s, span)) || excluded(hReading, uses, at)) continue
      added.push({ label: `"${term}"`, span })
    }
  }
  const reaches = bReading && hFacts.aiPermissions.length > 0 ? newCaseInCondition(hReading, bOwn, insertedSpans) : undefined
  if (reaches) added.push(reaches)
  if (j === undefined && added.length === 0) {
    const recipient = newRecipientRow(head, i, ctx)
    if (recipient) added.push(recipient)
  }
  if (added.length === 0 && dropped.length === 0) return undefined
  return { added, dropped, retentionOnly: added.every((a) => retention.has(a)) }
}

/** The headings clause `k` sits under say a limit's words. */
function headingSays(side: AnalysedSide, k: number, re: RegExp): boolean {
  const path = side.clause(k).headingPath
  return path.length > 0 && findAll(re, foldForMatching(path.join(' | '))).length > 0
}

/** "your documents" beside "suggestion feedback": the user's things, in the pack's own words, are more than feedback. */
function namesOtherThanFeedback(text: string, uses: UseLexicon): boolean {
  const yours = uses.yourThing.exec(text)?.[0]
  return yours !== undefined && !/feedback/.test(yours)
}

/** "such Content" → "your Content": the clause it replaces already named the same thing. */
function sameNoun(words: string, replaced: readonly Token[]): boolean {
  const noun = words.trim().split(' ').pop() ?? ''
  return noun.length > 2 && replaced.some((t) => t.word === noun)
}

/**
 * "If you use Free or Pro: we train on …" → "If you use Free, Pro or Student: …": the condition
 * that sets whom an AI use reaches names a new product, plan or group.
 */
function newCaseInCondition(reading: Reading, baseOwn: string, inserted: readonly { start: number; end: number }[]): AddedTerm | undefined {
  const own = reading.contextLength
  const colon = reading.text.indexOf(':', own)
  if (colon < 0 || colon - own > 160) return undefined
  const lead = findAll(reading.lexicon.grammar.conditionals, reading.text, own, colon)[0]
  if (!lead || lead.start - own > 12) return undefined
  const old = new Set(tokenize(baseOwn.toLowerCase()).map((t) => t.word))
  for (const s of inserted) {
    if (s.start < lead.end || s.end > colon) continue
    const fresh = tokenize(reading.text.slice(s.start, s.end)).filter((t) => t.word.length >= 3 && !old.has(t.word) && !/^(?:and|or|the|your|our|any)$/.test(t.word))
    if (fresh.length > 0) return { label: 'a new product, plan or group the use reaches', span: s }
  }
  return undefined
}

/**
 * A new row in a table of who receives users' data ("| Recipient | Location Data | …"): a new
 * recipient, whatever it is called, unless every cell says it receives nothing.
 */
function newRecipientRow(head: AnalysedSide, i: number, ctx: UseContext): AddedTerm | undefined {
  const clause = head.clause(i)
  const first = clause.columnHeads?.[0]
  if (clause.kind !== 'tableRow' || first === undefined) return undefined
  const lexicon = head.lexicon
  if (findAll(lexicon.thirdParties, foldForMatching(first)).length === 0) return undefined
  const reading = head.facts(i).reading
  const cells = reading.text.slice(reading.contextLength).split(' | ')
  const name = cells[0] ?? ''
  const rest = cells.slice(1)
  if (rest.length === 0 || rest.every((c) => readText(c, 0, lexicon).negators.length > 0)) return undefined
  const words = tokenize(name).map((t) => t.word).filter((w) => w.length > 3)
  if (words.length === 0 || words.every((w) => ctx.baseText().includes(` ${w} `))) return undefined
  const start = reading.contextLength
  return { label: 'a new recipient', span: { start, end: start + name.length } }
}

/** A changed statement of use that now reaches further: new purposes, recipients or data, or limits dropped. */
export function compareUse(base: AnalysedSide, head: AnalysedSide, i: number, alignment: Alignment, ctx: UseContext, lexicon: Lexicon): DraftFinding | undefined {
  const uses = useLexicon(lexicon)
  if (!uses) return undefined
  const facts = head.facts(i)
  const reading = facts.reading
  const j = alignment.headPair[i] ?? ctx.positional.get(i)
  if (j === undefined) {
    const listed = newListCase(base, head, i, lexicon)
    if (listed) return listed
  }
  if (!isUseStatement(reading, uses, head, i, j !== undefined) || grantsToUser(reading, lexicon)) return undefined
  const objects = facts.objects
  // Feedback alone is the norm; "suggestion feedback" beside "your documents" is not alone.
  if (objects.length > 0 && objects.every((o) => o.id === 'feedback') && !namesOtherThanFeedback(ownText(reading), uses)) return undefined
  const anchor = j ?? nearestBase(alignment, i)
  const pairedUse = j !== undefined && isUseStatement(base.facts(j).reading, uses, base, j)
  // The old clauses its paragraph's other sentences came from: a sentence split off one of them.
  const splitFrom = head.blockSiblings(i).flatMap((k) => (k !== i && alignment.headPair[k] !== undefined ? [alignment.headPair[k] as number] : []))
  const change = readChange(base, head, i, pairedUse ? j : undefined, anchor, ctx, uses, splitFrom)
  if (!change) return undefined
  // A new statement with nothing but routine words (a recipient, a right) is left to the grant and AI readings.
  if (!pairedUse && !change.added.some((a) => /purpose|selling|AI|any other|marketing|research|products|perpetual|irrevocable|sublicens|new recipient/i.test(a.label))) return undefined
  const ai = facts.aiPermissions.length > 0
  const weights = lexicon.pack.severity
  // Keeping data open-ended where it was deleted on a schedule takes away a protection; it grants nothing new.
  const retentionOnly = change.retentionOnly
  const category = ai ? 'ai-training' : facts.grant ? 'broad-license-grant' : retentionOnly ? 'removed-protection' : 'broad-license-grant'
  const score = ai ? weights.aiTraining : category === 'removed-protection' ? weights.removedProtection * 0.8 : 3 + Math.min(3, change.added.reduce((s, a) => s + (/selling|any other|purpose|perpetual|irrevocable|sublicens/i.test(a.label) ? 1 : 0.5), 0))
  const added: AddedTerm[] = [...change.added, ...change.dropped.map((d) => ({ label: `dropped: ${d}` }))]
  const what = [
    ...(change.added.length > 0 ? [`adds ${listing([...new Set(change.added.map((a) => a.label))])}`] : []),
    ...(change.dropped.length > 0 ? [`drops ${listing([...new Set(change.dropped)])}`] : []),
  ]
  const subject = ai ? 'an AI-training use' : facts.grant ? 'a licence over users\' content' : 'a use of users\' data or content'
  const message = pairedUse
    ? `This change widens ${subject}: the new wording ${what.join(' and ')} compared with the previous version.`
    : `New statement of use: ${subject} that ${what.join(' and ')}, which the previous version did not state here.`
  return {
    category,
    side: 'after',
    rule: pairedUse ? 'builtin/widened-use' : 'builtin/new-use',
    clauseIndex: i,
    added,
    score,
    describe: () => message,
    sideData: head,
    ...(j !== undefined ? { previous: base.clause(j) } : {}),
  }
}

/** Whether head clause `i` differs from base clause `j` only by the document's renames and spelling. */
export function renameOnly(base: AnalysedSide, head: AnalysedSide, i: number, j: number, ctx: UseContext): boolean {
  const found = hunks(tokenize(base.clause(j).text), tokenize(head.clause(i).text)).hunks
  return found.length > 0 && found.every((h) => ctx.renames.has(key(h)) || spellingOnly(h))
}

/**
 * "We use your prompts to train our models when: …" and a new case in the list: the use now
 * reaches the new case. An item that only excludes ("except …", "not …") narrows it instead.
 */
function newListCase(base: AnalysedSide, head: AnalysedSide, i: number, lexicon: Lexicon): DraftFinding | undefined {
  const clause = head.clause(i)
  const lead = clause.leadInClause
  if (lead === undefined || !clause.listed) return undefined
  const leadFacts = head.facts(lead)
  const ai = leadFacts.aiPermissions.length > 0
  if (!ai && !leadFacts.grant) return undefined
  const reading = head.facts(i).reading
  const uses = useLexicon(lexicon)
  if (!uses || reading.leadInNegated || findAll(uses.exclusions, reading.text, reading.contextLength).length > 0) return undefined
  // The old list under the same lead-in: a list that is new as a whole is a new grant or use, read as such.
  const leadText = clause.leadIn.join('\u0000')
  const oldItems = base.clauses.map((_, k) => k).filter((k) => base.clause(k).leadIn.join('\u0000') === leadText)
  if (oldItems.length === 0) return undefined
  const window = windowText(base, oldItems)
  const words = tokenize(clause.text).map((t) => t.word).filter((w) => w.length > 3)
  const fresh = words.filter((w) => !window.includes(` ${w} `))
  if (words.length === 0 || fresh.length / words.length < 0.4) return undefined
  const weights = lexicon.pack.severity
  return {
    category: ai ? 'ai-training' : 'broad-license-grant',
    side: 'after',
    rule: 'builtin/new-listed-case',
    clauseIndex: i,
    added: [{ label: ai ? 'a new case of AI training' : 'a new case the licence covers' }],
    score: ai ? weights.aiTraining : weights.newGrant + 2,
    describe: () => `New case under ${ai ? 'an AI-training permission' : 'a licence'}: this list item extends "${head.clause(lead).text.slice(0, 120)}" to a case the previous version did not list.`,
    sideData: head,
  }
}

function nearestBase(alignment: Alignment, i: number): number | undefined {
  for (let d = 1; d < 8; d++) {
    for (const k of [i - d, i + d]) {
      const b = alignment.headSame[k] ?? alignment.headPair[k]
      if (b !== undefined) return b
    }
  }
  return undefined
}
