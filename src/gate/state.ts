/**
 * The gate's memory, kept in a hidden marker of tos-guard's own summary comment: which findings
 * were flagged at which head commit, and when. A sign-off binds to the findings it saw — the set
 * flagged at the reviewed commit, or at the time of the sign-off comment or label — not to a
 * commit, so an unrelated push keeps it and a new or changed finding needs a new one.
 */
export interface Evaluation {
  sha: string
  ids: string[]
  /** ISO time of the evaluation. */
  at: string
}

export interface GateState {
  v: 1
  evaluations: Evaluation[]
}

const STATE = /<!-- tos-guard:state (\{[^<>]*\}) -->/
export const HISTORY_LIMIT = 40

export function emptyState(): GateState {
  return { v: 1, evaluations: [] }
}

/** Reads the state from a summary body (tos-guard's own comment only). Anything malformed: empty. */
export function parseState(body: string | undefined): GateState {
  const m = body ? STATE.exec(body) : null
  if (!m?.[1]) return emptyState()
  try {
    const raw = JSON.parse(m[1]) as Partial<GateState>
    const evaluations = Array.isArray(raw.evaluations)
      ? raw.evaluations.filter(
          (e): e is Evaluation =>
            typeof e === 'object' && e !== null && typeof e.sha === 'string' && /^[0-9a-f]{40}$/.test(e.sha) && typeof e.at === 'string' && Array.isArray(e.ids) && e.ids.every((id) => typeof id === 'string' && /^[0-9a-f]{16}(-f?\d+)?$/.test(id)),
        )
      : []
    return { v: 1, evaluations }
  } catch {
    return emptyState()
  }
}

export function renderState(state: GateState): string {
  return `<!-- tos-guard:state ${JSON.stringify(state)} -->`
}

/**
 * Records the findings flagged at a head commit. Re-evaluating a commit with the same findings
 * keeps the first record (they have been flagged since then), so a re-run changes nothing.
 */
export function record(state: GateState, evaluation: Evaluation): GateState {
  const previous = state.evaluations.find((e) => e.sha === evaluation.sha)
  if (previous && previous.ids.join(',') === evaluation.ids.join(',')) return state
  const others = state.evaluations.filter((e) => e.sha !== evaluation.sha)
  return { v: 1, evaluations: [...others, evaluation].slice(-HISTORY_LIMIT) }
}

/** The findings flagged at a commit, if tos-guard evaluated it. */
export function idsAtCommit(state: GateState, sha: string): string[] | undefined {
  return state.evaluations.find((e) => e.sha === sha)?.ids
}

/** The findings flagged when something happened: the latest evaluation at or before that time. */
export function idsAtTime(state: GateState, at: string): Evaluation | undefined {
  const when = Date.parse(at)
  let best: Evaluation | undefined
  for (const e of state.evaluations) {
    const t = Date.parse(e.at)
    if (t <= when && (!best || t >= Date.parse(best.at))) best = e
  }
  return best
}
