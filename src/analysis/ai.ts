import { isNegated, restrictsUser, segmentAt, type Reading } from './reading.js'
import { findAll, findFirst, overlaps, type Span } from './text.js'

/** A statement that content or data is used to train or improve AI / machine-learning models. */
export interface AiStatement {
  span: Span
  /** "We do not use …", "You may not …": not a permission. */
  negated: boolean
  /** The negation restricts the user (scraping bans), not the company. */
  restrictsUser: boolean
  /** Third parties train their own models on the data. */
  thirdParty: boolean
  /** The data goes to an AI provider ("share … with our AI partners"), which builds or runs AI with it. */
  toAiRecipient: boolean
  /** Content words describing the data that is trained on ("de-identified response …"). */
  data: string[]
}

const DETERMINER = /^(?:our|the|its|their|these|those|this|that|a|an|any|such|other|new|all|my|his|her|and|or|,|improve|develop|build|evaluate|test|validate)\b/
const VEHICLE_CONTEXT = /(?:^|\s)(?:the|a|by|per|each|every|regional|local|high-speed|night|long-distance|intercity|express|your|our|this|that|which|whose|first|last|next|connecting)\s*$/
const ACTIVITY_AI = /^(?:machine[- ]learning|artificial intelligence|machine intelligence|ai|a\.i\.|ml|generative ai|deep learning)$/
const PURPOSE_CUE = /(?:for (?:the )?purposes? of|for purposes|purposes? (?:such as|including|like)|for uses? such as)/g
const STOP_WORDS = /(?<![\p{L}])(?:to|for|in order|so that|using|through|with|by|via|based on|powered by|which|who)(?![\p{L}])/gu
// Whose models are trained ("your own models", "their own models", "partners who may use it to
// train") is the language's grammar: Grammar.ownModel, theirModel, thirdPartyPermission.

function firstWords(text: string, count: number): string {
  return text.trim().split(/\s+/).slice(0, count).join(' ')
}

/** Finds AI-training statements in a clause, negated or not. */
export function findAiStatements(reading: Reading): AiStatement[] {
  const { text, lexicon } = reading
  const candidates: Span[] = []

  for (const span of findAll(lexicon.aiNominal, text)) candidates.push(span)

  for (const verb of findAll(lexicon.trainingVerbs, text)) {
    const word = text.slice(verb.start, verb.end)
    const scope = segmentAt(reading, verb.start)
    const windowEnd = Math.min(scope.end, verb.end + 140)
    const after = text.slice(verb.end, windowEnd)
    const head = after.replace(/^[\s,]+/, '')
    const isBare = /^(?:train|trains|retrain|retrains|fine-? ?tune|fine-? ?tunes|pre-?train|pre-?trains|teach|teaches)$/.test(word)
    if (/^trains?$/.test(word) && VEHICLE_CONTEXT.test(text.slice(Math.max(0, verb.start - 30), verb.start)) && !DETERMINER.test(head)) continue
    if (startsWithHuman(reading, head)) continue
    const aiAfter = firstAiNoun(reading, verb.end, windowEnd, windowEnd)
    const aiBefore = findAll(lexicon.aiNouns, text, Math.max(scope.start, verb.start - 80), verb.start).length > 0
    const machineObject = isBare && DETERMINER.test(head) && !startsWithHuman(reading, head.replace(DETERMINER, '').trim())
    const passiveOnModels = /^(?:trained|training|fine-? ?tuned|retrained)$/.test(word) && aiBefore && /^\s*(?:on|using|with|from)\b/.test(after)
    if (aiAfter !== undefined) candidates.push({ start: verb.start, end: aiAfter.end })
    else if (machineObject || passiveOnModels) candidates.push({ start: verb.start, end: verb.end + firstWords(after, 3).length + 1 })
  }

  for (const verb of findAll(lexicon.developmentVerbs, text)) {
    const scope = segmentAt(reading, verb.start)
    const limit = objectWindowEnd(reading, verb.end, scope.end)
    const ai = firstAiNoun(reading, verb.end, limit, scope.end)
    if (ai) candidates.push({ start: verb.start, end: ai.end })
  }

  for (const noun of findAll(lexicon.aiNouns, text)) {
    if (!ACTIVITY_AI.test(text.slice(noun.start, noun.end))) continue
    const scope = segmentAt(reading, noun.start)
    const before = text.slice(scope.start, noun.start)
    const listed = /(?:,|\(|\band|\bor)\s*$/.test(before)
    const followed = /^\s*(?:[,);]|and\b|or\b|$|purposes?\b|development\b|research\b|training\b)/.test(text.slice(noun.end, scope.end))
    PURPOSE_CUE.lastIndex = 0
    if (listed && followed && PURPOSE_CUE.test(before) && !instrumentJustBefore(reading, noun.start, scope.start)) {
      candidates.push(noun)
    }
  }

  // "share your data with our AI providers": the recipient builds or runs AI with what it receives.
  const toAiRecipient = new Set<number>()
  for (const r of findAll(lexicon.aiRecipients, text)) {
    const scope = segmentAt(reading, r.start)
    const verbs = findAll(lexicon.share, text, scope.start, r.start)
    const verb = verbs[0]
    if (!verb || findAll(lexicon.dataObjects, text, scope.start, scope.end).length === 0) continue
    candidates.push({ start: verb.start, end: r.end })
    toAiRecipient.add(verb.start)
  }

  // "We use your information with AI technology to improve our services": users' data put through AI to build products.
  for (const noun of findAll(lexicon.aiNouns, text)) {
    const scope = segmentAt(reading, noun.start)
    if (!instrumentJustBefore(reading, noun.start, scope.start)) continue
    if (findAll(lexicon.dataObjects, text, scope.start, noun.start).length === 0) continue
    const purpose = findFirst(lexicon.aiInstrumentPurposes, text, noun.end, Math.min(scope.end, noun.end + 160))
    if (purpose && /^[\s,]*$/.test(text.slice(noun.end, purpose.start))) candidates.push({ start: noun.start, end: purpose.end })
  }

  // "switch off "Help train Acme"": a setting's name in quotes names a switch, it permits nothing.
  const quoted = [...text.matchAll(/["“][^"“”]{1,60}["”]/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
  const merged = mergeSpans(candidates.filter((c) => !quoted.some((q) => c.start >= q.start && c.end <= q.end)))
  return merged.map((span) => {
    const negated = isNegated(reading, span.start)
    const scope = segmentAt(reading, span.start)
    const window = text.slice(span.start, Math.min(scope.end, span.end + 80))
    const before = text.slice(scope.start, span.start)
    const { ownModel, theirModel, thirdPartyPermission } = lexicon.grammar
    const recipient = [...toAiRecipient].some((at) => at >= span.start && at < span.end)
    const thirdParty = ((thirdPartyPermission.test(before) || findAll(lexicon.thirdParties, text, scope.start, span.start).length > 0) && theirModel.test(window)) || recipient
    return {
      span,
      negated: negated || ownModel.test(window),
      restrictsUser: negated && restrictsUser(reading, span.start),
      thirdParty,
      toAiRecipient: recipient,
      data: dataWords(before),
    }
  })
}

const GENERIC_WORDS = new Set([
  'we', 'may', 'might', 'can', 'will', 'would', 'shall', 'use', 'used', 'uses', 'using', 'our', 'your', 'their', 'its', 'also',
  'data', 'information', 'the', 'and', 'or', 'to', 'of', 'in', 'for', 'with', 'such', 'as', 'any', 'other', 'this', 'that',
  'these', 'those', 'be', 'is', 'are', 'was', 'from', 'by', 'it', 'us', 'you', 'order', 'help', 'including', 'example',
  'which', 'who', 'some', 'all', 'an', 'a', 'on', 'at', 'into', 'about', 'process', 'processes', 'processing', 'collect',
  'collected', 'personal', 'certain', 'further', 'addition', 'additionally', 'purpose', 'purposes', 'service', 'services',
])

/** The last content words before an AI statement: what is trained on, for telling statements apart. */
function dataWords(before: string): string[] {
  const words = before.match(/[a-z][a-z-]+/g) ?? []
  return words.filter((w) => w.length > 2 && !GENERIC_WORDS.has(w)).slice(-8)
}

/** Where the object of a development verb ends: at an instrument, a new purpose ("using", "to") or after a few words. */
function objectWindowEnd(reading: Reading, from: number, scopeEnd: number): number {
  const rest = reading.text.slice(from, Math.min(scopeEnd, from + 90))
  const words = /^(?:\s*\S+){0,8}/.exec(rest)?.[0] ?? rest
  const limit = from + words.length
  const stop = findFirst(STOP_WORDS, reading.text, from, limit)
  return stop ? stop.start : limit
}

/** The first AI noun that starts in [from, startLimit) and ends by `end`, unless it is a tool. */
function firstAiNoun(reading: Reading, from: number, startLimit: number, end: number): Span | undefined {
  for (const noun of findAll(reading.lexicon.aiNouns, reading.text, from, end)) {
    if (noun.start >= startLimit) return undefined
    if (instrumentJustBefore(reading, noun.start, from)) return undefined
    return noun
  }
  return undefined
}

/** "using machine learning", "with the help of AI": the AI is a tool, not what is trained. */
function instrumentJustBefore(reading: Reading, position: number, floor: number): boolean {
  const before = reading.text.slice(Math.max(floor, position - 30), position)
  const cues = findAll(reading.lexicon.instrumentCues, before)
  const last = cues[cues.length - 1]
  if (!last) return false
  const gap = before.slice(last.end).trim()
  return gap.split(/\s+/).filter(Boolean).length <= 2 && !/[,;]/.test(gap)
}

function startsWithHuman(reading: Reading, head: string): boolean {
  const span = findFirst(reading.lexicon.humanNouns, head, 0, Math.min(head.length, 40))
  if (!span) return false
  const gap = head.slice(0, span.start).trim()
  return gap.split(/\s+/).filter(Boolean).length <= 2
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Span[] = []
  for (const s of sorted) {
    const last = out[out.length - 1]
    if (last && overlaps(last, s)) last.end = Math.max(last.end, s.end)
    else out.push({ ...s })
  }
  return out
}
