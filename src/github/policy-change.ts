import { createHash } from 'node:crypto'
import type { Finding } from '../analysis/types.js'
import type { FileReport } from '../report/model.js'
import { diffLines } from './hunks.js'

/**
 * A pull request that edits the policy or a rule pack changes how its successors are judged:
 * it needs sign-off itself. The finding's id hashes the new content, so each later edit needs a
 * new sign-off, and the new policy only takes effect once merged.
 */
export function policyChangeReport(path: string, status: string, patch: string | undefined, newContent: string | undefined): FileReport {
  const lines = diffLines(patch)
  const first = lines.right[0]?.[0] ?? 1
  const last = Math.min(lines.right[0]?.[1] ?? first, first + 20)
  const finding: Finding = {
    id: createHash('sha256').update(`policy-change\n${path}\n${newContent ?? '(deleted)'}`).digest('hex').slice(0, 16),
    category: 'policy-change',
    severity: 'high',
    side: 'after',
    startLine: status === 'removed' ? 1 : first,
    endLine: status === 'removed' ? 1 : Math.max(first, last),
    excerpt: status === 'removed' ? `${path} is deleted` : `${path} is ${status === 'added' ? 'added' : 'changed'}`,
    added: [status === 'removed' ? 'policy deleted' : 'policy changed'],
    message: `This pull request ${status === 'removed' ? 'deletes' : status === 'added' ? 'adds' : 'changes'} ${path}, which decides what tos-guard holds for sign-off. It takes effect only after merge, and needs sign-off now.`,
    rule: 'builtin/policy-changed',
    score: 5,
    highlights: [],
  }
  return { path, status: status === 'removed' ? 'removed' : status === 'added' ? 'added' : 'modified', findings: [finding], notes: [] }
}
