import type { Clause } from '../markdown/clauses.js'
import type { TermsDocument } from '../markdown/document.js'
import { clauseFacts, type ClauseFacts } from './facts.js'
import type { Lexicon } from './lexicon.js'

/** One version of a document with the facts of its clauses, read on demand and kept. */
export class AnalysedSide {
  private readonly cache: Array<ClauseFacts | undefined>

  constructor(
    readonly doc: TermsDocument,
    readonly lexicon: Lexicon,
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
      f = clauseFacts(this.clause(i), this.lexicon)
      this.cache[i] = f
    }
    return f
  }

  /** Indices of the clauses in the same block as clause `i` (the same paragraph or list item). */
  blockSiblings(i: number): number[] {
    const blockId = this.clause(i).blockId
    const out: number[] = []
    for (let j = i; j >= 0 && this.doc.clauses[j]?.blockId === blockId; j--) out.push(j)
    for (let j = i + 1; j < this.doc.clauses.length && this.doc.clauses[j]?.blockId === blockId; j++) out.push(j)
    return out
  }
}
