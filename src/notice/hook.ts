import { applyPolicy } from '../policy/apply.js'
import type { Policy } from '../policy/schema.js'
import type { FileReport } from '../report/model.js'
import { checkNotice } from './check.js'
import type { NoticeInputs } from './types.js'

/**
 * Adds the publishing duties to one analysed file: its `notice` findings (through the same
 * policy as every other finding: categories, rule severities, accepted ids), its notes, and the
 * facts the draft notice is written from. Only an edited document owes its users notice: a new
 * document has no users of an earlier version, a deleted one has nothing to take effect.
 */
export function addNoticeDuties(report: FileReport, before: string, after: string, policy: Policy | undefined, inputs: NoticeInputs, today: string): void {
  if (report.status === 'added' || report.status === 'removed') return
  const result = checkNotice({ path: report.path, before, after, findings: report.findings, ...(policy ? { policy } : {}), inputs })
  report.findings.push(...(policy ? applyPolicy(result.findings, policy, today) : result.findings))
  for (const message of result.notes) report.notes.push({ level: 'warning', message })
  report.notice = result.facts
}
