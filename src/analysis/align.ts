import type { Clause } from '../markdown/clauses.js'

/** How the clauses of two versions correspond. */
export interface Alignment {
  /** For each head clause: the base clause with the same text (moved or not), if any. */
  headSame: Array<number | undefined>
  /** For each head clause with no identical base clause: the most similar base clause. */
  headPair: Array<number | undefined>
  /** For each base clause: the head clause with the same text, if any. */
  baseSame: Array<number | undefined>
  /** For each base clause with no identical head clause: the most similar head clause. */
  basePair: Array<number | undefined>
}

const STOP = new Set([
  'the', 'and', 'for', 'are', 'any', 'you', 'your', 'our', 'with', 'that', 'this', 'may', 'will', 'not', 'from',
  'use', 'all', 'such', 'its', 'have', 'has', 'which', 'other', 'can', 'their', 'these', 'those', 'shall', 'been',
  'also', 'into', 'than', 'them', 'they', 'who', 'what', 'when', 'where', 'how', 'only', 'more', 'each', 'about',
])

/** Similar enough to be the same clause edited: shares this share of the shorter clause's words. */
export const PAIR_THRESHOLD = 0.5
const MAX_POSTINGS = 64
const CANDIDATES = 8

function tokens(norm: string): string[] {
  return norm.split(' ').filter((w) => w.length > 2 && !STOP.has(w))
}

/**
 * Aligns clauses: identical clauses by a hash index wherever they moved, then every remaining
 * clause with its most similar counterpart, found through an inverted index of rare words so
 * the work stays near-linear in document size (never all pairs).
 */
export function alignClauses(base: readonly Clause[], head: readonly Clause[]): Alignment {
  const baseByKey = new Map<string, number[]>()
  base.forEach((c, i) => {
    const list = baseByKey.get(c.key)
    if (list) list.push(i)
    else baseByKey.set(c.key, [i])
  })
  const headSame: Array<number | undefined> = new Array<number | undefined>(head.length).fill(undefined)
  const baseSame: Array<number | undefined> = new Array<number | undefined>(base.length).fill(undefined)
  const used = new Map<string, number>()
  head.forEach((c, i) => {
    const list = baseByKey.get(c.key)
    if (!list) return
    const k = used.get(c.key) ?? 0
    // Duplicated clauses: the n-th copy matches the n-th; extra copies match the last one.
    const j = list[Math.min(k, list.length - 1)]
    used.set(c.key, k + 1)
    headSame[i] = j
    if (j !== undefined && baseSame[j] === undefined) baseSame[j] = i
  })
  // Every base copy of a key that the head still contains is "the same".
  const headFirst = new Map<string, number>()
  head.forEach((c, i) => {
    if (!headFirst.has(c.key)) headFirst.set(c.key, i)
  })
  base.forEach((c, j) => {
    if (baseSame[j] === undefined) baseSame[j] = headFirst.get(c.key)
  })

  const headLeft = head.map((_, i) => i).filter((i) => headSame[i] === undefined)
  const baseLeft = base.map((_, j) => j).filter((j) => baseSame[j] === undefined)
  const baseTokens = new Map<number, string[]>()
  for (const j of baseLeft) baseTokens.set(j, tokens(base[j]?.norm ?? ''))
  const headTokens = new Map<number, string[]>()
  for (const i of headLeft) headTokens.set(i, tokens(head[i]?.norm ?? ''))

  return {
    headSame,
    baseSame,
    headPair: bestPairs(headLeft, headTokens, baseLeft, baseTokens, head, base),
    basePair: bestPairs(baseLeft, baseTokens, headLeft, headTokens, base, head),
  }
}

function bestPairs(
  from: readonly number[],
  fromTokens: ReadonlyMap<number, string[]>,
  to: readonly number[],
  toTokens: ReadonlyMap<number, string[]>,
  fromClauses: readonly Clause[],
  toClauses: readonly Clause[],
): Array<number | undefined> {
  const result: Array<number | undefined> = new Array<number | undefined>(fromClauses.length).fill(undefined)
  // Ties go to the nearer clause by source line, not by index: indices depend on which
  // unchanged text was read at all, lines do not.
  const distance = (i: number, j: number): number => Math.abs((toClauses[j]?.startLine ?? 0) - (fromClauses[i]?.startLine ?? 0))
  const postings = new Map<string, number[]>()
  for (const j of to) {
    for (const t of new Set(toTokens.get(j))) {
      const list = postings.get(t)
      if (list) list.push(j)
      else postings.set(t, [j])
    }
  }
  for (const i of from) {
    const mine = fromTokens.get(i) ?? []
    const scores = new Map<number, number>()
    for (const t of new Set(mine)) {
      const list = postings.get(t)
      if (!list || list.length > MAX_POSTINGS) continue
      const weight = 1 / Math.log2(2 + list.length)
      for (const j of list) scores.set(j, (scores.get(j) ?? 0) + weight)
    }
    const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || distance(i, a[0]) - distance(i, b[0])).slice(0, CANDIDATES)
    let best: number | undefined
    let bestSim = 0
    const heading = fromClauses[i]?.kind === 'heading'
    for (const [j] of ranked) {
      // A heading that names a sentence's topic ("Your Documents") is not that sentence edited.
      if ((toClauses[j]?.kind === 'heading') !== heading) continue
      const sim = similarity(mine, toTokens.get(j) ?? [])
      if (sim > bestSim) {
        bestSim = sim
        best = j
      }
    }
    if (best !== undefined && bestSim >= PAIR_THRESHOLD) result[i] = best
  }
  return result
}

/** Shared words over the shorter clause's words, damped when the lengths differ a lot. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0
  const counts = new Map<string, number>()
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1)
  let shared = 0
  for (const t of b) {
    const n = counts.get(t) ?? 0
    if (n > 0) {
      shared++
      counts.set(t, n - 1)
    }
  }
  if (shared < Math.min(3, Math.min(a.length, b.length))) return 0
  const containment = shared / Math.min(a.length, b.length)
  const dice = (2 * shared) / (a.length + b.length)
  return Math.max(dice, containment * 0.85)
}
