import { regExpMaker } from './letters.js'
import { compileEntries, type CompiledEntry, type Lexicon } from './lexicon.js'
import { compileAlternation } from './text.js'
import { YOUR_THING } from './use-statement.js'

/** The use vocabulary of a pack, compiled on first use (packs without one get none). */
export interface UseLexicon {
  verbs: RegExp
  limiters: CompiledEntry[]
  broadeners: CompiledEntry[]
  exclusions: RegExp
  /** Something of the user's: "your browsing", "vos notes". */
  yourThing: RegExp
  /** The user as the one who acts before a verb (a pack's own; absent, the English reading). */
  userAct?: RegExp
  /** Groups whose words, newly added to a statement of use, widen it. */
  widening: Array<{ group: string; entries: CompiledEntry[] }>
}

// Per lexicon, not per pack: a pack is compiled once per kind of letters (see letters.ts).
const cache = new WeakMap<Lexicon, UseLexicon | null>()

export function useLexicon(lexicon: Lexicon): UseLexicon | undefined {
  const cached = cache.get(lexicon)
  if (cached !== undefined) return cached ?? undefined
  const uses = lexicon.pack.uses
  if (!uses) {
    cache.set(lexicon, null)
    return undefined
  }
  const ai = lexicon.pack.ai
  const make = regExpMaker(lexicon.letters)
  const compiled: UseLexicon = {
    verbs: compileAlternation(uses.verbs, make),
    limiters: compileEntries(uses.limiters, make),
    broadeners: compileEntries(uses.broadeners, make),
    exclusions: compileAlternation(uses.exclusions, make),
    yourThing: uses.yourThing !== undefined ? make(uses.yourThing, 'u') : YOUR_THING,
    ...(uses.userAct !== undefined ? { userAct: make(uses.userAct, 'u') } : {}),
    widening: [
      { group: 'object', entries: lexicon.objects.filter((o) => o.id !== 'content-generic') },
      { group: 'purpose', entries: lexicon.purposes.filter((p) => p.weight >= 1) },
      { group: 'recipient', entries: lexicon.grantees },
      { group: 'right', entries: lexicon.rightsVerbs.filter((r) => r.id !== 'use') },
      { group: 'attribute', entries: lexicon.attributes },
      { group: 'ai', entries: compileEntries([{ id: 'ai', label: 'AI / machine-learning models', patterns: [...ai.aiNouns, ...ai.nominal] }, { id: 'training', label: 'training', patterns: ai.trainingVerbs }], make) },
      { group: 'sale', entries: compileEntries([{ id: 'sale', label: 'selling', patterns: lexicon.pack.protections.sale }], make) },
      { group: 'broadener', entries: compileEntries(uses.broadeners, make) },
    ],
  }
  cache.set(lexicon, compiled)
  return compiled
}
