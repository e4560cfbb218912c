import type { Finding } from '../analysis/types.js'
import type { Policy } from './schema.js'

/**
 * Applies a policy to findings: categories and rules turned off remove their findings,
 * severity overrides replace severities, and accepted findings (until their expiry date) stay
 * in the report marked as suppressed. `today` is YYYY-MM-DD: the analysis itself has no clock.
 */
export function applyPolicy(findings: readonly Finding[], policy: Policy, today: string): Finding[] {
  return findings
    .filter((f) => policy.categories[f.category] !== false && policy.rules[f.rule]?.enabled !== false)
    .map((f) => {
      const severity = policy.rules[f.rule]?.severity
      const accepted = policy.accepted.find((a) => a.id === f.id && a.expires >= today)
      return {
        ...f,
        ...(severity ? { severity } : {}),
        ...(accepted && !f.suppressed ? { suppressed: { by: 'accepted' as const, reason: accepted.reason, expires: accepted.expires } } : {}),
      }
    })
}

/** Accepted entries whose date has passed: the summary says their findings need sign-off again. */
export function expiredAcceptances(policy: Policy, today: string): Policy['accepted'] {
  return policy.accepted.filter((a) => a.expires < today)
}
