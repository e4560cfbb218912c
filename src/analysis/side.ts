import type { Clause } from '../markdown/clauses.js'
import type { TermsDocument } from '../markdown/document.js'
import { clauseFacts, type ClauseFacts } from './facts.js'
import type { Lexicon } from './lexicon.js'

/**
 * Facts by what they are read from, shared by both versions of a document: most clauses are the
 * same in both, and reading them once halves the work.
 */
export type FactsCache = Map<string, ClauseFacts>

/** For a document read per section (two languages): the lexicon a clause is read with, by its line. */
export type LexiconAt = (line: number) => Lexicon

/** Everything clauseFacts reads from a clause, as one key. */
function factsKey(clause: Clause): string {
  return `${clause.kind}\u0000${clause.headingPath[clause.headingPath.length - 1] ?? ''}\u0000${clause.leadIn.join('\u0001')}\u0000${clause.text}`
}

/** One version of a document with the facts of its clauses, read on demand and kept. */
export class AnalysedSide {
  private readonly cache: Array<ClauseFacts | undefined>
  private blockRanges: Map<number, [number, number]> | undefined
  private readonly blockProtections = new Map<number, Set<string>>()

  constructor(
    readonly doc: TermsDocument,
    readonly lexicon: Lexicon,
    private readonly shared: FactsCache = new Map(),
    private readonly lexiconAt?: LexiconAt,
  ) {
    this.cache = new Array<ClauseFacts | undefined>(doc.clauses.length).fill(undefined)
  }

  get clauses(): readonly Clause[] {
    return this.doc.clauses
  }

  clause(i: number): Clause {
    const c = this.doc.clauses[i]
    if (!c) throw new RangeError(`no clause ${i}`)
    return c
  }

  facts(i: number): ClauseFacts {
    let f = this.cache[i]
    if (!f) {
      const clause = this.clause(i)
      const lexicon = this.lexiconAt ? this.lexiconAt(clause.startLine) : this.lexicon
      // The same words read with another language's pack are other facts.
      const key = this.lexiconAt ? `${lexicon.pack.name}\u0000${factsKey(clause)}` : factsKey(clause)
      f = this.shared.get(key)
      if (!f) {
        f = clauseFacts(clause, lexicon)
        this.shared.set(key, f)
      }
      this.cache[i] = f
    }
    return f
  }

  /** Indices of the clauses in the same block as clause `i` (the same paragraph or list item). */
  blockSiblings(i: number): number[] {
    if (!this.blockRanges) {
      this.blockRanges = new Map()
      this.doc.clauses.forEach((c, j) => {
        const range = this.blockRanges?.get(c.blockId)
        if (range) range[1] = j
        else this.blockRanges?.set(c.blockId, [j, j])
      })
    }
    const [first, last] = this.blockRanges.get(this.clause(i).blockId) ?? [i, i]
    const out: number[] = []
    for (let j = first; j <= last; j++) out.push(j)
    return out
  }

  /** The kinds of protection the block of clause `i` states, read once per block. */
  blockProtectionKinds(i: number): ReadonlySet<string> {
    const blockId = this.clause(i).blockId
    let kinds = this.blockProtections.get(blockId)
    if (!kinds) {
      kinds = new Set()
      for (const k of this.blockSiblings(i)) for (const p of this.facts(k).protections) kinds.add(p.kind)
      this.blockProtections.set(blockId, kinds)
    }
    return kinds
  }
}
