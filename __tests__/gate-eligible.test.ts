import { describe, expect, it } from 'vitest'
import { decide, idsDigest, type GateInput, type RequiredFinding } from '../src/gate/decide.js'
import { record, type GateState } from '../src/gate/state.js'

const B = 'b'.repeat(40)
const id = (n: number): string => n.toString(16).padStart(16, '0')
const at = '2026-11-02T12:00:00Z'

function input(required: RequiredFinding[], overrides: Partial<GateInput> = {}): GateInput {
  const state: GateState = record({ v: 2, evaluations: [] }, { sha: B, ids: required.map((r) => r.id).sort(), at: '2026-11-02T10:00:00Z', shown: '2026-11-02T10:00:00Z' })
  return {
    author: 'Pat',
    headSha: B,
    required,
    state,
    methods: ['review', 'comment'],
    command: '/tos-guard sign-off',
    label: 'tos-guard: signed off',
    reviews: [],
    comments: [],
    labels: [],
    canWrite: () => false,
    ...overrides,
  }
}

const ai = (n: number, approvers: string[], policyKey = 'approvers.categories.ai-training'): RequiredFinding => ({ id: id(n), category: 'ai-training', path: 'terms.md', approvers: new Set(approvers), policyKey })
const licence = (n: number, approvers: string[]): RequiredFinding => ({ id: id(n), category: 'broad-license-grant', path: 'terms.md', approvers: new Set(approvers), policyKey: 'approvers.default' })

describe('who can still sign (issue 13, summary item 1)', () => {
  it('names the approvers of the open findings, never the author or a committer', () => {
    const d = decide(input([ai(1, ['pat', 'carol']), licence(2, ['dana', 'cody'])], { contributors: new Set(['cody']) }))
    expect(d.remaining.logins).toEqual(['carol', 'dana'])
    expect(d.remaining.selfApprovers).toEqual(['cody', 'pat'])
    expect(d.remaining.unsignable).toEqual([])
    expect(d.description).toBe('2 findings await sign-off by carol, dana')
  })

  it('when the author is the only approver: says nobody eligible can sign, and what to change in the policy', () => {
    const d = decide(input([ai(1, ['pat']), ai(2, ['pat'])]))
    expect(d.remaining.logins).toEqual([])
    expect(d.remaining.unsignable).toEqual([{ policyKey: 'approvers.categories.ai-training', ids: [id(1), id(2)], unverifiedTeams: [] }])
    expect(d.description).not.toMatch(/by pat/i)
    expect(d.description).toMatch(/^2 findings await sign-off: no eligible approver \(pat wrote the change\); add one under approvers\.categories\.ai-training/)
    expect(d.description.length).toBeLessThanOrEqual(140)
  })

  it('mixed: names who can sign the rest, and counts those nobody can', () => {
    const d = decide(input([ai(1, ['pat']), licence(2, ['dana'])]))
    expect(d.description).toMatch(/^2 findings await sign-off by dana; 1 has no eligible approver/)
    expect(d.description).not.toMatch(/\bpat\b.*await|by pat/i)
  })

  it('teams and write access are named as such', () => {
    const team: RequiredFinding = { id: id(1), category: 'ai-training', path: 't.md', approvers: new Set(), teams: ['acme/legal'], policyKey: 'approvers.default' }
    const anyone: RequiredFinding = { id: id(2), category: 'notice', path: 't.md' }
    const d = decide(input([team, anyone]))
    expect(d.remaining).toMatchObject({ logins: [], teams: ['acme/legal'], writers: true, unsignable: [] })
    expect(d.description).toBe('2 findings await sign-off by members of acme/legal, a maintainer with write access')
  })

  it('a team tos-guard cannot read: says to give it a token or list logins, not that the author wrote it', () => {
    const hidden: RequiredFinding = { id: id(1), category: 'ai-training', path: 't.md', approvers: new Set(), teams: [], unverifiedTeams: ['acme/legal'], policyKey: 'approvers.default' }
    const d = decide(input([hidden]))
    expect(d.remaining.unsignable).toEqual([{ policyKey: 'approvers.default', ids: [id(1)], unverifiedTeams: ['acme/legal'] }])
    expect(d.description).toBe('1 finding awaits sign-off: tos-guard cannot read team acme/legal; set approver-token or list logins under approvers.default')
  })

  it('when the commits could not be read, says to re-run rather than blaming the policy', () => {
    const d = decide(input([ai(1, ['carol'])], { contributorsComplete: false }))
    expect(d.description).toMatch(/could not read the pull request's commits/)
    expect(d.remaining.unsignable).toEqual([])
  })
})

describe('each finding\'s sign-off state', () => {
  it('records who signed off which finding, at which commit; the others stay open', () => {
    const required = [ai(1, ['carol']), licence(2, ['dana'])]
    const d = decide(input(required, { reviews: [{ id: 7, user: 'Carol', state: 'APPROVED', commitId: B, submittedAt: at }] }))
    expect(d.state).toBe('failure')
    expect(d.coveredBy.get(id(1))).toEqual([{ by: 'Carol', method: 'review', sha: B }])
    expect(d.coveredBy.get(id(2))).toEqual([])
    // Carol signed what she may; only dana can sign the rest.
    expect(d.remaining.logins).toEqual(['dana'])
  })

  it('gives the exact comment that signs off the findings flagged now', () => {
    const required = [ai(1, ['carol']), licence(2, ['dana'])]
    const d = decide(input(required))
    expect(d.signOffCommand).toBe(`/tos-guard sign-off ${idsDigest([id(1), id(2)])}`)
    // The gate accepts it.
    const signed = decide(input([ai(1, ['carol'])], { comments: [{ id: 1, user: 'carol', body: decide(input([ai(1, ['carol'])])).signOffCommand ?? '', createdAt: at, updatedAt: at }] }))
    expect(signed.state).toBe('success')
    // No command when comments are not a way to sign off, or nothing needs it.
    expect(decide(input(required, { methods: ['review'] })).signOffCommand).toBeUndefined()
    expect(decide(input([])).signOffCommand).toBeUndefined()
  })
})

describe('where a finding\'s approvers come from', () => {
  it('names the policy entry and the teams tos-guard could check', async () => {
    const { loadPolicy } = await import('../src/policy/load.js')
    const { requiredFindings } = await import('../src/gate/approvers.js')
    const p = loadPolicy('approvers:\n  default: { users: [carol] }\n  categories:\n    ai-training: { users: [pat], teams: [acme/legal, acme/hidden] }\n  paths:\n    - { pattern: "privacy/**", users: [dpo] }\n', 'p.yml')
    if (!p.ok) throw new Error('policy')
    const f = (n: number, category: 'ai-training' | 'notice') => ({ id: id(n), category, severity: 'high' as const, side: 'after' as const, startLine: 1, endLine: 1, excerpt: '', added: [], message: '', rule: 'x', score: 1, highlights: [] })
    const files = [{ path: 'terms.md', findings: [f(1, 'ai-training'), f(2, 'notice')] }, { path: 'privacy/p.md', findings: [f(3, 'notice')] }]
    const required = requiredFindings(p.value, files, () => true, { members: new Map([['acme/legal', new Set(['lee'])]]), unverifiable: ['team acme/hidden (…)'] })
    expect(required.map((r) => [r.policyKey, r.teams, r.unverifiedTeams])).toEqual([
      ['approvers.categories.ai-training', ['acme/legal'], ['acme/hidden']],
      ['approvers.default', [], []],
      ['approvers.paths[0] (privacy/**)', [], []],
    ])
  })
})
