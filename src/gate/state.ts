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
  /**
   * When the summary first showed this evaluation (GitHub's time of the write, as the next run
   * reads it from the comment's updated_at). A comment or label binds only to what had been
   * shown when it was made: one posted while a run was in flight never binds to findings that
   * run had not yet published.
   */
  shown?: string
}

export interface GateState {
  v: 2
  /**
   * The id of the summary comment that holds this state. Another workflow posting as the same
   * bot cannot know its own comment's id before it writes it, so a copied or echoed state never
   * names the comment it sits in: only tos-guard's own summary does.
   */
  comment?: number
  evaluations: Evaluation[]
}

const STATE_PREFIX = '<!-- tos-guard:state '
const STATE = /^<!-- tos-guard:state (\{[^<>\n]*\}) -->$/
const SHA = /^[0-9a-f]{40}$/
const ID = /^[0-9a-f]{16}(-f?\d+)?$/
export const HISTORY_LIMIT = 40

export function emptyState(): GateState {
  return { v: 2, evaluations: [] }
}

function isEvaluation(e: unknown): e is Evaluation {
  if (typeof e !== 'object' || e === null) return false
  const x = e as Partial<Evaluation>
  const shownOk = x.shown === undefined || (typeof x.shown === 'string' && !Number.isNaN(Date.parse(x.shown)))
  return typeof x.sha === 'string' && SHA.test(x.sha) && typeof x.at === 'string' && !Number.isNaN(Date.parse(x.at)) && shownOk && Array.isArray(x.ids) && x.ids.every((id) => typeof id === 'string' && ID.test(id))
}

/**
 * Reads the state from tos-guard's summary comment, strictly: exactly one state marker, on the
 * body's last line, well-formed in every part, naming `commentId` as the comment it lives in.
 * Anything else — two markers (one of them planted through a file name or title), a marker
 * that is not last, a state copied into another comment — is no state at all: the gate then
 * re-evaluates from scratch, which can only make it stricter.
 */
export function parseState(body: string | undefined, commentId: number | undefined): GateState {
  if (!body || commentId === undefined) return emptyState()
  if (body.split(STATE_PREFIX).length !== 2) return emptyState()
  const lastLine = body.trimEnd().split('\n').pop() ?? ''
  const m = STATE.exec(lastLine)
  if (!m?.[1]) return emptyState()
  try {
    const raw = JSON.parse(m[1]) as { v?: unknown; comment?: unknown; evaluations?: unknown }
    if (raw.v !== 2 || raw.comment !== commentId || !Array.isArray(raw.evaluations)) return emptyState()
    if (!raw.evaluations.every(isEvaluation) || raw.evaluations.length > HISTORY_LIMIT) return emptyState()
    return { v: 2, comment: commentId, evaluations: raw.evaluations }
  } catch {
    return emptyState()
  }
}

/** Whether a summary body holds a state bound to the comment it is in (see parseState). */
export function holdsOwnState(body: string | undefined, commentId: number): boolean {
  return parseState(body, commentId).comment === commentId
}

/** The state marker, bound to the summary comment it will be written into (when its id is known). */
export function renderState(state: GateState, commentId?: number): string {
  const { comment: _previous, ...rest } = state
  return `${STATE_PREFIX}${JSON.stringify(commentId === undefined ? rest : { v: 2, comment: commentId, evaluations: rest.evaluations })} -->`
}

/**
 * Records the findings flagged at a head commit. Re-evaluating a commit with the same findings
 * keeps the first record (they have been flagged since then), so a re-run changes nothing.
 */
export function record(state: GateState, evaluation: Evaluation): GateState {
  const previous = state.evaluations.find((e) => e.sha === evaluation.sha)
  if (previous && previous.ids.join(',') === evaluation.ids.join(',')) return state
  const others = state.evaluations.filter((e) => e.sha !== evaluation.sha)
  return { ...state, evaluations: [...others, evaluation].slice(-HISTORY_LIMIT) }
}

/** The findings flagged at a commit, if tos-guard evaluated it. */
export function idsAtCommit(state: GateState, sha: string): string[] | undefined {
  return state.evaluations.find((e) => e.sha === sha)?.ids
}

/**
 * Marks the evaluations a summary comment held as shown at `at` (the comment's updated_at): the
 * ones not yet marked were published by the write that made that comment what it is.
 */
export function markShown(state: GateState, at: string | undefined): GateState {
  if (!at || Number.isNaN(Date.parse(at))) return state
  return { ...state, evaluations: state.evaluations.map((e) => (e.shown ? e : { ...e, shown: at })) }
}

/**
 * The findings a comment or label made at `at` saw: the latest evaluation the summary had shown
 * by then. Evaluations not yet shown bind nothing.
 */
export function idsAtTime(state: GateState, at: string): Evaluation | undefined {
  const when = Date.parse(at)
  let best: Evaluation | undefined
  for (const e of state.evaluations) {
    if (!e.shown) continue
    const t = Date.parse(e.shown)
    if (t <= when && (!best || t >= Date.parse(best.shown ?? ''))) best = e
  }
  return best
}
