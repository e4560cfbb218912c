import { createHash } from 'node:crypto'
import type { Category } from '../analysis/types.js'
import { remainingSigners, waitingDescription, type Remaining } from './eligible.js'
import { idsAtCommit, idsAtTime, type GateState } from './state.js'

/** A finding that needs sign-off, with who may give it. */
export interface RequiredFinding {
  id: string
  category: Category
  path: string
  /** Logins allowed to sign it off, or undefined: anyone with write access may. */
  approvers?: ReadonlySet<string>
  /** Teams whose members may sign it off (those tos-guard can check), for saying who can still sign. */
  teams?: readonly string[]
  /** Teams it names whose members tos-guard cannot read: they sign nothing off until it can. */
  unverifiedTeams?: readonly string[]
  /** The policy entry its approvers come from ("approvers.categories.ai-training"): what to edit when nobody can sign. */
  policyKey?: string
}

export interface ReviewEvent {
  id: number
  user: string
  state: string
  commitId: string
  submittedAt: string
  /** For a dismissed review: who dismissed it, and the state it had then (from the issue's events). */
  dismissedBy?: string
  dismissedState?: string
}

export interface CommentEvent {
  id: number
  user: string
  body: string
  createdAt: string
  updatedAt: string
}

export interface LabelEvent {
  actor: string
  action: 'labeled' | 'unlabeled'
  label: string
  createdAt: string
}

export type Method = 'review' | 'comment' | 'label'

export interface GateInput {
  author: string
  headSha: string
  required: readonly RequiredFinding[]
  state: GateState
  methods: readonly Method[]
  command: string
  label: string
  reviews: readonly ReviewEvent[]
  comments: readonly CommentEvent[]
  labels: readonly LabelEvent[]
  /** Whether a login may sign off when no approver list applies (write access or more). */
  canWrite: (login: string) => boolean
  /** Team-based approvers whose membership could not be checked, and why: fail closed, say so. */
  unverifiable?: readonly string[]
  /**
   * Lower-case logins of everyone who authored or committed a commit of the pull request: like
   * the author, they cannot sign off what they wrote.
   */
  contributors?: ReadonlySet<string>
  /** False when the commits could not all be read: then nobody's sign-off counts. */
  contributorsComplete?: boolean
}

/** One sign-off and the findings it covers. */
export interface SignOff {
  by: string
  method: Method
  /** The head commit it was given at (reviews) or the evaluation it was bound to. */
  sha: string
  at: string
  covers: ReadonlySet<string>
}

export interface Decision {
  state: 'success' | 'failure'
  /** For the status (at most 140 characters). */
  description: string
  headline: string
  details: string[]
  signOffs: SignOff[]
  /** Sign-offs that no longer count, and why. */
  invalidated: Array<{ by: string; method: Method; reason: string }>
  /** Required findings nobody eligible has signed off. */
  outstanding: RequiredFinding[]
  /** Per required finding: the sign-offs that count for it (none: it is open). */
  coveredBy: ReadonlyMap<string, ReadonlyArray<{ by: string; method: Method; sha: string }>>
  /** Who can still sign the outstanding findings. */
  remaining: Remaining
  /** The comment that signs off exactly the findings flagged at the head (when comments sign off and any are outstanding). */
  signOffCommand?: string
  /** How sign-off may be given (echoed from the policy, for the summary to say). */
  methods: readonly Method[]
  label: string
}

const short = (sha: string): string => sha.slice(0, 7)
const lower = (s: string): string => s.toLowerCase()

/** One entry per person: several sign-offs by one approver say nothing more. */
function dedupe(list: readonly SignOff[]): SignOff[] {
  const seen = new Set<string>()
  return list.filter((s) => !seen.has(s.by.toLowerCase()) && seen.add(s.by.toLowerCase()) !== undefined)
}

function isCommand(body: string, command: string): { ok: boolean; digest?: string } {
  const first = body.trim().split(/\r?\n/)[0]?.trim() ?? ''
  if (!first.toLowerCase().startsWith(command.toLowerCase())) return { ok: false }
  const rest = first.slice(command.length).trim()
  if (rest === '') return { ok: true }
  return /^[0-9a-f]{7,64}$/.test(rest) ? { ok: true, digest: rest } : { ok: false }
}

/** A short digest of a set of finding ids: a sign-off comment may name exactly what it signs. */
export function idsDigest(ids: Iterable<string>): string {
  return createHash('sha256').update([...ids].sort().join(',')).digest('hex').slice(0, 12)
}

/**
 * Decides the gate. Pure: the same pull request history gives the same decision. Red until every
 * finding that needs sign-off is covered by a sign-off from someone allowed to give it (never the
 * author); a pending change request from an approver keeps it red.
 */
export function decide(input: GateInput): Decision {
  const digestOf = idsDigest
  const author = lower(input.author)
  const invalidated: Decision['invalidated'] = []
  const signOffs: SignOff[] = []
  const allApprovers = new Set<string>()
  for (const f of input.required) for (const a of f.approvers ?? []) allApprovers.add(lower(a))
  // Why someone may not sign off this pull request at all, if they may not.
  const barred = (login: string): string | undefined => {
    const l = lower(login)
    if (l === author) return 'the author cannot sign off their own change'
    if (input.contributors?.has(l)) return 'they wrote commits of this pull request, and cannot sign off their own change'
    if (input.contributorsComplete === false) return 'tos-guard could not read every commit of this pull request, so cannot tell who wrote them'
    return undefined
  }
  const eligibleForSome = (login: string): boolean => {
    const l = lower(login)
    if (barred(login)) return false
    return input.required.some((f) => (f.approvers ? f.approvers.has(l) : input.canWrite(login)))
  }
  // A change request binds until its approver, or another approver, lifts it: dismissed by the
  // author or a contributor, it still blocks.
  const mayBlock = (login: string): boolean => lower(login) !== author && (allApprovers.has(lower(login)) || (allApprovers.size === 0 && input.canWrite(login)))
  const mayLift = (by: string, reviewer: string): boolean => lower(by) === lower(reviewer) || (!barred(by) && mayBlock(by))

  // Reviews: the latest approving or change-requesting review per person counts; a dismissed one
  // withdraws what it gave.
  const latest = new Map<string, ReviewEvent>()
  for (const r of [...input.reviews].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))) {
    if (r.state === 'COMMENTED' || r.state === 'PENDING') continue
    latest.set(lower(r.user), r)
  }
  const blockers: string[] = []
  for (const [login, r] of latest) {
    if (r.state === 'DISMISSED') {
      if (r.dismissedState === 'changes_requested' && r.dismissedBy !== undefined && mayBlock(r.user) && !mayLift(r.dismissedBy, r.user)) {
        blockers.push(r.user)
        invalidated.push({ by: r.dismissedBy, method: 'review', reason: `dismissing @${r.user}'s change request does not lift it: only @${r.user} or another approver can` })
      } else if (r.dismissedState !== 'changes_requested') invalidated.push({ by: r.user, method: 'review', reason: 'the approving review was dismissed' })
      continue
    }
    if (r.state === 'CHANGES_REQUESTED') {
      if (mayBlock(r.user)) blockers.push(r.user)
      continue
    }
    if (r.state !== 'APPROVED' || !input.methods.includes('review')) continue
    if (login === author) continue
    const bar = barred(r.user)
    if (bar) {
      invalidated.push({ by: r.user, method: 'review', reason: bar })
      continue
    }
    if (!eligibleForSome(r.user)) continue
    const ids = idsAtCommit(input.state, r.commitId)
    if (!ids) {
      invalidated.push({ by: r.user, method: 'review', reason: `approved commit ${short(r.commitId)}, which tos-guard never evaluated` })
      continue
    }
    signOffs.push({ by: r.user, method: 'review', sha: r.commitId, at: r.submittedAt, covers: new Set(ids) })
  }

  // Comments: the command, unedited, from someone who may sign off.
  if (input.methods.includes('comment')) {
    for (const c of input.comments) {
      const cmd = isCommand(c.body, input.command)
      if (!cmd.ok) continue
      if (c.updatedAt !== c.createdAt) {
        invalidated.push({ by: c.user, method: 'comment', reason: 'the sign-off comment was edited after it was posted' })
        continue
      }
      const bar = barred(c.user)
      if (bar) {
        invalidated.push({ by: c.user, method: 'comment', reason: bar })
        continue
      }
      if (!eligibleForSome(c.user)) continue
      const evaluation = idsAtTime(input.state, c.createdAt)
      if (!evaluation) {
        invalidated.push({ by: c.user, method: 'comment', reason: 'posted before tos-guard had evaluated the pull request' })
        continue
      }
      if (cmd.digest && cmd.digest !== digestOf(evaluation.ids)) {
        const exact = input.state.evaluations.find((e) => digestOf(e.ids) === cmd.digest)
        if (!exact) {
          invalidated.push({ by: c.user, method: 'comment', reason: `the digest ${cmd.digest} matches no set of findings tos-guard flagged` })
          continue
        }
        signOffs.push({ by: c.user, method: 'comment', sha: exact.sha, at: c.createdAt, covers: new Set(exact.ids) })
        continue
      }
      signOffs.push({ by: c.user, method: 'comment', sha: evaluation.sha, at: c.createdAt, covers: new Set(evaluation.ids) })
    }
  }

  // Labels: added by someone who may sign off (per the issue's events, not the label's name alone),
  // and not removed since.
  if (input.methods.includes('label')) {
    const sorted = [...input.labels].filter((l) => l.label === input.label).sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    const current = new Map<string, LabelEvent>()
    let removedBy: string | undefined
    for (const e of sorted) {
      if (e.action === 'unlabeled') {
        current.clear()
        removedBy = e.actor
      } else current.set(lower(e.actor), e)
    }
    for (const e of current.values()) {
      const bar = barred(e.actor)
      if (bar) {
        invalidated.push({ by: e.actor, method: 'label', reason: bar })
        continue
      }
      if (!eligibleForSome(e.actor)) {
        invalidated.push({ by: e.actor, method: 'label', reason: `@${e.actor} added the label but is not an approver` })
        continue
      }
      const evaluation = idsAtTime(input.state, e.createdAt)
      if (evaluation) signOffs.push({ by: e.actor, method: 'label', sha: evaluation.sha, at: e.createdAt, covers: new Set(evaluation.ids) })
    }
    if (removedBy !== undefined && current.size === 0) invalidated.push({ by: removedBy, method: 'label', reason: 'removed the sign-off label' })
  }

  // A sign-off covers a finding when it saw the finding and its giver may sign that finding off.
  const counts = (s: SignOff, f: RequiredFinding): boolean => s.covers.has(f.id) && !barred(s.by) && (f.approvers ? f.approvers.has(lower(s.by)) : input.canWrite(s.by))
  const coveredBy = new Map(input.required.map((f) => [f.id, dedupe(signOffs.filter((s) => counts(s, f))).map(({ by, method, sha }) => ({ by, method, sha }))]))
  const outstanding = input.required.filter((f) => coveredBy.get(f.id)?.length === 0)
  // Unreadable commits bar everyone for now; that is a re-run, not a policy to change.
  const remaining = remainingSigners(outstanding, (login) => lower(login) === author || input.contributors?.has(lower(login)) === true)
  const headIds = idsAtCommit(input.state, input.headSha)
  const signOffCommand = outstanding.length > 0 && input.methods.includes('comment') && headIds ? `${input.command} ${digestOf(headIds)}` : undefined
  const gateView = { coveredBy, remaining, methods: input.methods, label: input.label, ...(signOffCommand ? { signOffCommand } : {}) }
  for (const s of signOffs) {
    const missed = input.required.filter((f) => !s.covers.has(f.id))
    if (missed.length > 0 && outstanding.some((o) => missed.includes(o))) {
      invalidated.push({ by: s.by, method: s.method, reason: `it covers the findings flagged at ${short(s.sha)}; ${missed.length} finding${missed.length === 1 ? ' was' : 's were'} added or changed since` })
    }
  }

  const details: string[] = []
  for (const s of signOffs.filter((x) => input.required.some((f) => x.covers.has(f.id)))) {
    details.push(`Signed off by @${s.by} (${s.method}) at \`${short(s.sha)}\` on ${s.at.slice(0, 10)}.`)
  }
  for (const i of invalidated) details.push(`Not counted: ${i.method} by @${i.by} — ${i.reason}.`)
  for (const u of input.unverifiable ?? []) details.push(`Cannot check membership of ${u}: ${'give tos-guard a token that can read organisation members (approver-token input), or list approvers by login'}.`)

  if (input.required.length === 0) {
    return { state: 'success', description: 'No findings need sign-off', headline: 'no findings need sign-off', details, signOffs, invalidated, outstanding, ...gateView }
  }
  if (blockers.length > 0) {
    const who = blockers.map((b) => `@${b}`).join(', ')
    return { state: 'failure', description: `Changes requested by ${blockers.join(', ')}`.slice(0, 140), headline: `changes requested by ${who}`, details, signOffs, invalidated, outstanding, ...gateView }
  }
  if (outstanding.length === 0) {
    const by = [...new Set(signOffs.filter((s) => input.required.some((f) => s.covers.has(f.id))).map((s) => s.by))]
    return {
      state: 'success',
      description: `Signed off by ${by.join(', ')} at ${short(input.headSha)}`.slice(0, 140),
      headline: `signed off by ${by.map((b) => `@${b}`).join(', ')}`,
      details,
      signOffs,
      invalidated,
      outstanding,
      ...gateView,
    }
  }
  return {
    state: 'failure',
    description: waitingDescription(outstanding.length, remaining, input.contributorsComplete === false),
    headline: `${outstanding.length} finding${outstanding.length === 1 ? '' : 's'} need${outstanding.length === 1 ? 's' : ''} sign-off`,
    details,
    signOffs,
    invalidated,
    outstanding,
    ...gateView,
  }
}
