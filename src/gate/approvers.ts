import picomatch from 'picomatch'
import type { Finding } from '../analysis/types.js'
import type { Policy } from '../policy/schema.js'
import type { CommentEvent, LabelEvent, RequiredFinding, ReviewEvent } from './decide.js'

/*
 * Who may sign off what, from the policy: per category, per path, or by default; and which
 * findings need it. Pure: team membership is read by src/github/gate-io.ts and passed in.
 */

export interface ApproverSet {
  users: readonly string[]
  teams: readonly string[]
}

/** The approver set that applies to a finding: its category's, else its path's, else the default. */
export function approverSetFor(policy: Policy, f: { category: Finding['category'] }, path: string): ApproverSet | undefined {
  return approverEntryFor(policy, f, path)?.set
}

/** The same, with the policy entry it comes from: what to edit when nobody eligible is left to sign. */
export function approverEntryFor(policy: Policy, f: { category: Finding['category'] }, path: string): { set: ApproverSet; key: string } | undefined {
  const byCategory = policy.approvers.categories[f.category]
  if (byCategory && (byCategory.users.length > 0 || byCategory.teams.length > 0)) return { set: byCategory, key: `approvers.categories.${f.category}` }
  for (const [i, p] of policy.approvers.paths.entries()) {
    if (picomatch(p.pattern, { dot: true })(path)) return { set: p, key: `approvers.paths[${i}] (${p.pattern})` }
  }
  const d = policy.approvers.default
  return d.users.length > 0 || d.teams.length > 0 ? { set: d, key: 'approvers.default' } : undefined
}

export interface Membership {
  /** Team → lower-case logins among the candidates who are active members. */
  members: Map<string, Set<string>>
  /** Teams tos-guard could not read, with why. */
  unverifiable: string[]
}

/** The findings that need sign-off, each with the logins allowed to give it. */
export function requiredFindings(
  policy: Policy,
  files: ReadonlyArray<{ path: string; findings: readonly Finding[] }>,
  isAtLeastFailOn: (f: Finding) => boolean,
  membership: Membership,
): RequiredFinding[] {
  const out: RequiredFinding[] = []
  for (const file of files) {
    for (const f of file.findings) {
      if (f.suppressed || !isAtLeastFailOn(f)) continue
      const entry = approverEntryFor(policy, f, file.path)
      if (!entry) {
        out.push({ id: f.id, category: f.category, path: file.path })
        continue
      }
      const logins = new Set(entry.set.users.map((u) => u.toLowerCase()))
      for (const t of entry.set.teams) for (const m of membership.members.get(t) ?? []) logins.add(m)
      // A team tos-guard cannot read signs nothing off, so it is not named as able to.
      const teams = entry.set.teams.filter((t) => membership.members.has(t))
      const unverifiedTeams = entry.set.teams.filter((t) => !membership.members.has(t))
      out.push({ id: f.id, category: f.category, path: file.path, approvers: logins, teams, unverifiedTeams, policyKey: entry.key })
    }
  }
  return out
}

/** Every team any approver set names: whose membership the gate must read. */
export function approverTeams(policy: Policy): string[] {
  const sets = [policy.approvers.default, ...Object.values(policy.approvers.categories), ...policy.approvers.paths]
  return [...new Set(sets.flatMap((s) => s?.teams ?? []))]
}

/**
 * Who could be signing off or lifting a block, and so whose team membership and write access
 * matter: reviewers who approved or asked for changes, commenters of the command, adders of the
 * label, dismissers of reviews. Never the author, whom nothing can make an approver.
 */
export function signOffCandidates(
  policy: Policy,
  author: string,
  events: { reviews: readonly ReviewEvent[]; comments: readonly CommentEvent[]; labels: readonly LabelEvent[]; dismissedBy: readonly string[] },
): string[] {
  const command = policy['sign-off'].command.toLowerCase()
  const logins = [
    ...events.reviews.filter((r) => r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED').map((r) => r.user),
    ...events.comments.filter((c) => c.body.trim().toLowerCase().startsWith(command)).map((c) => c.user),
    ...events.labels.filter((l) => l.label === policy['sign-off'].label).map((l) => l.actor),
    ...events.dismissedBy,
  ]
  return [...new Set(logins.filter((u) => u.toLowerCase() !== author.toLowerCase()))]
}
