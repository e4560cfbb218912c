import type { RequiredFinding } from './decide.js'

/** Who can still sign the findings nobody has signed off yet. */
export interface Remaining {
  /** Lower-case logins that may sign at least one open finding: its approvers, less whoever wrote the change. */
  logins: string[]
  /** Teams ("org/slug") whose members may sign an open finding (membership checked when they act). */
  teams: string[]
  /** An open finding has no approver list: anyone with write access but the change's writers may sign it. */
  writers: boolean
  /** Approvers of open findings who wrote the change: another approver must sign in their place. */
  selfApprovers: string[]
  /** Open findings nobody eligible can sign, grouped by the policy entry that names their approvers. */
  unsignable: Array<{ policyKey: string; ids: string[]; unverifiedTeams: string[] }>
}

const sorted = (s: Iterable<string>): string[] => [...new Set(s)].sort()

/**
 * Works out who can still sign. `barred` is the gate's own test (author, committers); it is
 * applied here too because a list that names someone who can never sign sends the change to
 * the wrong person, or to nobody.
 */
export function remainingSigners(outstanding: readonly RequiredFinding[], barred: (login: string) => boolean): Remaining {
  const logins: string[] = []
  const teams: string[] = []
  const self: string[] = []
  const unsignable = new Map<string, { ids: string[]; unverifiedTeams: string[] }>()
  let writers = false
  for (const f of outstanding) {
    if (!f.approvers) {
      writers = true
      continue
    }
    const eligible = [...f.approvers].filter((a) => !barred(a))
    self.push(...[...f.approvers].filter((a) => barred(a)))
    logins.push(...eligible)
    teams.push(...(f.teams ?? []))
    if (eligible.length === 0 && (f.teams ?? []).length === 0) {
      const key = f.policyKey ?? 'approvers'
      const entry = unsignable.get(key) ?? { ids: [], unverifiedTeams: [] }
      unsignable.set(key, { ids: [...entry.ids, f.id], unverifiedTeams: sorted([...entry.unverifiedTeams, ...(f.unverifiedTeams ?? [])]) })
    }
  }
  return { logins: sorted(logins), teams: sorted(teams), writers, selfApprovers: sorted(self), unsignable: [...unsignable].map(([policyKey, u]) => ({ policyKey, ...u })) }
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

/**
 * The status description while findings await sign-off (at most 140 characters): it names only
 * people who can sign, and when nobody can, says what to change in the policy.
 */
export function waitingDescription(count: number, r: Remaining, contributorsUnknown: boolean): string {
  const awaits = `${plural(count, 'finding awaits', 'findings await')} sign-off`
  if (contributorsUnknown) return `${awaits}; tos-guard could not read the pull request's commits, so no sign-off counts yet: re-run it`.slice(0, 140)
  const who = [...r.logins, ...r.teams.map((t) => `members of ${t}`), ...(r.writers ? ['a maintainer with write access'] : [])]
  const stuck = r.unsignable.reduce((n, u) => n + u.ids.length, 0)
  const keys = r.unsignable.map((u) => u.policyKey).join(', ')
  if (stuck === 0) return `${awaits} by ${who.join(', ')}`.slice(0, 140)
  const writers = r.selfApprovers.length > 0 ? ` (${r.selfApprovers.join(', ')} wrote the change)` : ''
  const hidden = sorted(r.unsignable.flatMap((u) => u.unverifiedTeams))
  if (who.length === 0 && hidden.length > 0) return `${awaits}: tos-guard cannot read team ${hidden.join(', ')}; set approver-token or list logins under ${keys}`.slice(0, 140)
  if (who.length === 0) return `${awaits}: no eligible approver${writers}; add one under ${keys}`.slice(0, 140)
  return `${awaits} by ${who.join(', ')}; ${stuck} ${stuck === 1 ? 'has' : 'have'} no eligible approver: add one under ${keys}`.slice(0, 140)
}
