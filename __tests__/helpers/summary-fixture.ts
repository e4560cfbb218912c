import { severityRank, type Category, type Finding, type Severity } from '../../src/analysis/types.js'
import { decide, type RequiredFinding } from '../../src/gate/decide.js'
import { record } from '../../src/gate/state.js'
import type { FileReport } from '../../src/report/model.js'
import type { GateView } from '../../src/report/summary.js'

/*
 * A 40-finding pull request and its gate, before and after a partial sign-off: shared by the
 * summary tests, the GitHub rendering test and scripts/screenshots.ts, so the screenshots show
 * what the tests check.
 */
export const HEAD = 'b7e4c2a9d1f08e6c5b3a2917d4e6f8a0c1b2d3e4'
export const BASE = '3f1a9c0e7d2b4a6c8e0f1a2b3c4d5e6f7a8b9c0d'
export const AUTHOR = 'pm-pat'
export const FAIL_ON: Severity = 'medium'

const SEVERITIES: Severity[] = ['low', 'medium', 'high', 'critical']
const CATEGORIES: Category[] = ['broad-license-grant', 'ai-training', 'removed-protection', 'broadened-definition']
const ADDED: Record<Category, string> = {
  'broad-license-grant': 'perpetual, sublicensable licence',
  'ai-training': 'train our AI models',
  'removed-protection': 'we do not sell your data',
  'broadened-definition': '"Content" now includes inputs and outputs',
  'policy-change': 'approvers changed',
  notice: 'effective date not moved',
}

function finding(n: number, severity: Severity, category: Category, extra: Partial<Finding> = {}): Finding {
  return {
    id: n.toString(16).padStart(16, '0'),
    category,
    severity,
    side: category === 'removed-protection' ? 'before' : 'after',
    startLine: 10 + 3 * n,
    endLine: 11 + 3 * n,
    excerpt: `Clause ${n}: write to legal@acme.example about #${n}.`,
    added: [ADDED[category]],
    message: `Finding ${n}.`,
    rule: `builtin/${category}`,
    score: 1,
    highlights: [],
    ...extra,
  }
}

/** 30 findings in legal/terms.md, 8 in legal/privacy.md (one critical, one accepted), 2 low ones in legal/cookies.md (one suppressed inline). */
export function fortyFindings(): FileReport[] {
  return [
    {
      path: 'legal/cookies.md',
      findings: [
        finding(0, 'low', 'broad-license-grant'),
        finding(1, 'high', 'broadened-definition', { suppressed: { by: 'inline', reason: 'approved by counsel in LEGAL-9 <b>ok</b> | see #12', directive: 'tos-guard-disable broadened-definition', line: 12 } }),
      ],
      notes: [],
    },
    {
      path: 'legal/privacy.md',
      findings: Array.from({ length: 8 }, (_, k) =>
        k === 7
          ? finding(10 + k, 'critical', 'ai-training')
          : finding(10 + k, 'medium', 'removed-protection', k === 0 ? { suppressed: { by: 'accepted', reason: 'LEGAL-7: we never sold data', expires: '2027-06-30' } } : {}),
      ),
      notes: [],
    },
    { path: 'legal/terms.md', findings: Array.from({ length: 30 }, (_, k) => finding(100 + k, SEVERITIES[(k % 3) + 1] as Severity, CATEGORIES[k % 4] as Category)), notes: [] },
  ]
}

export interface GateOptions {
  /** Counsel (carol, approver for AI training) has approved at the head. */
  signed?: boolean
  /** Approvers of everything but AI training (the policy's default entry). */
  defaultApprovers?: string[]
}

/** The gate as src/github/run.ts hands it to the summary. */
export function gateFor(files: readonly FileReport[], options: GateOptions = {}): GateView {
  const required: RequiredFinding[] = files.flatMap((file) =>
    file.findings
      .filter((f) => !f.suppressed && severityRank(f.severity) >= severityRank(FAIL_ON))
      .map((f) =>
        f.category === 'ai-training'
          ? { id: f.id, category: f.category, path: file.path, approvers: new Set(['counsel-carol']), teams: [], policyKey: 'approvers.categories.ai-training' }
          : { id: f.id, category: f.category, path: file.path, approvers: new Set(options.defaultApprovers ?? [AUTHOR, 'dpo-dana']), teams: [], policyKey: 'approvers.default' },
      ),
  )
  const state = record({ v: 2, evaluations: [] }, { sha: HEAD, ids: required.map((r) => r.id).sort(), at: '2026-11-02T10:00:00Z', shown: '2026-11-02T10:00:00Z' })
  const reviews = options.signed ? [{ id: 1, user: 'counsel-carol', state: 'APPROVED', commitId: HEAD, submittedAt: '2026-11-02T11:00:00Z' }] : []
  const decision = decide({
    author: AUTHOR,
    headSha: HEAD,
    required,
    state,
    methods: ['review', 'comment'],
    command: '/tos-guard sign-off',
    label: 'tos-guard: signed off',
    reviews,
    comments: [],
    labels: [],
    canWrite: () => false,
    contributors: new Set([AUTHOR]),
  })
  return { state: decision.state, headline: decision.headline, details: decision.details, signOff: decision }
}
