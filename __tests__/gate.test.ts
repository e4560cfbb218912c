import { describe, expect, it } from 'vitest'
import { decide, idsDigest, type GateInput } from '../src/gate/decide.js'
import { idsAtTime, markShown, parseState, record, renderState, type GateState } from '../src/gate/state.js'
import { approverSetFor } from '../src/gate/approvers.js'
import { loadPolicy } from '../src/policy/load.js'

const A = 'a'.repeat(40)
const B = 'b'.repeat(40)
const id = (n: number): string => n.toString(16).padStart(16, '0')

function state(...evaluations: Array<[string, string[], string]>): GateState {
  // Shown by the summary as soon as recorded; the in-flight case is tested on its own.
  return evaluations.reduce((s, [sha, ids, at]) => record(s, { sha, ids, at, shown: at }), { v: 2, evaluations: [] } as GateState)
}

function input(overrides: Partial<GateInput>): GateInput {
  return {
    author: 'pat',
    headSha: B,
    required: [{ id: id(1), category: 'ai-training', path: 'terms.md', approvers: new Set(['carol']) }],
    state: state([A, [id(1)], '2026-11-01T10:00:00Z'], [B, [id(1)], '2026-11-02T10:00:00Z']),
    methods: ['review', 'comment', 'label'],
    command: '/tos-guard sign-off',
    label: 'tos-guard: signed off',
    reviews: [],
    comments: [],
    labels: [],
    canWrite: () => false,
    ...overrides,
  }
}

describe('the gate decision', () => {
  it('is green with nothing to sign off, red until an approver signs off', () => {
    expect(decide(input({ required: [] })).state).toBe('success')
    expect(decide(input({})).state).toBe('failure')
    const d = decide(input({ reviews: [{ id: 1, user: 'Carol', state: 'APPROVED', commitId: A, submittedAt: '2026-11-01T11:00:00Z' }] }))
    expect(d).toMatchObject({ state: 'success', description: `Signed off by Carol at ${B.slice(0, 7)}` })
  })

  it('a sign-off covers the findings flagged where it was given, not later ones', () => {
    const later = state([A, [id(1)], '2026-11-01T10:00:00Z'], [B, [id(1), id(2)], '2026-11-02T10:00:00Z'])
    const required = [
      { id: id(1), category: 'ai-training' as const, path: 't.md', approvers: new Set(['carol']) },
      { id: id(2), category: 'ai-training' as const, path: 't.md', approvers: new Set(['carol']) },
    ]
    const d = decide(input({ state: later, required, reviews: [{ id: 1, user: 'carol', state: 'APPROVED', commitId: A, submittedAt: '2026-11-01T11:00:00Z' }] }))
    expect(d.state).toBe('failure')
    expect(d.outstanding.map((f) => f.id)).toEqual([id(2)])
    expect(d.invalidated).toContainEqual({ by: 'carol', method: 'review', reason: `it covers the findings flagged at ${A.slice(0, 7)}; 1 finding was added or changed since` })
  })

  it('comments: the command, unedited, bound by time or by digest; never from the author', () => {
    const at = '2026-11-02T12:00:00Z'
    const ok = decide(input({ comments: [{ id: 1, user: 'carol', body: '/tos-guard sign-off', createdAt: at, updatedAt: at }] }))
    expect(ok.state).toBe('success')
    const edited = decide(input({ comments: [{ id: 1, user: 'carol', body: '/tos-guard sign-off', createdAt: at, updatedAt: '2026-11-02T12:05:00Z' }] }))
    expect(edited.state).toBe('failure')
    const early = decide(input({ comments: [{ id: 1, user: 'carol', body: '/tos-guard sign-off', createdAt: '2026-10-01T00:00:00Z', updatedAt: '2026-10-01T00:00:00Z' }] }))
    expect(early.invalidated[0]?.reason).toMatch(/before tos-guard had evaluated/)
    const digest = idsDigest([id(1)])
    expect(decide(input({ comments: [{ id: 1, user: 'carol', body: `/tos-guard sign-off ${digest}`, createdAt: at, updatedAt: at }] })).state).toBe('success')
    expect(decide(input({ comments: [{ id: 1, user: 'carol', body: '/tos-guard sign-off 0000000000ff', createdAt: at, updatedAt: at }] })).state).toBe('failure')
    expect(decide(input({ comments: [{ id: 1, user: 'carol', body: 'LGTM /tos-guard sign-off', createdAt: at, updatedAt: at }] })).state).toBe('failure')
    const author = decide(input({ author: 'carol', comments: [{ id: 1, user: 'carol', body: '/tos-guard sign-off', createdAt: at, updatedAt: at }] }))
    expect(author.state).toBe('failure')
  })

  it('labels count while they stay, when an approver added them', () => {
    const labeled = { actor: 'carol', action: 'labeled' as const, label: 'tos-guard: signed off', createdAt: '2026-11-02T12:00:00Z' }
    expect(decide(input({ labels: [labeled] })).state).toBe('success')
    expect(decide(input({ labels: [labeled, { ...labeled, actor: 'max', action: 'unlabeled', createdAt: '2026-11-02T13:00:00Z' }] })).state).toBe('failure')
    expect(decide(input({ labels: [{ ...labeled, actor: 'max' }] })).state).toBe('failure')
    expect(decide(input({ methods: ['review'], labels: [labeled] })).state).toBe('failure')
  })

  it('a change request from an approver blocks; a dismissed approval withdraws', () => {
    const approved = { id: 1, user: 'carol', state: 'APPROVED', commitId: B, submittedAt: '2026-11-02T11:00:00Z' }
    expect(decide(input({ reviews: [approved, { ...approved, id: 2, state: 'CHANGES_REQUESTED', submittedAt: '2026-11-02T12:00:00Z' }] })).state).toBe('failure')
    expect(decide(input({ reviews: [{ ...approved, state: 'DISMISSED' }] })).state).toBe('failure')
    expect(decide(input({ reviews: [{ ...approved, commitId: 'c'.repeat(40) }] })).invalidated[0]?.reason).toMatch(/never evaluated/)
  })

  it('without an approver list, anyone with write access but the author', () => {
    const required = [{ id: id(1), category: 'ai-training' as const, path: 't.md' }]
    const review = (user: string) => ({ id: 1, user, state: 'APPROVED', commitId: B, submittedAt: '2026-11-02T11:00:00Z' })
    const canWrite = (l: string) => ['max', 'pat'].includes(l)
    expect(decide(input({ required, canWrite, reviews: [review('max')] })).state).toBe('success')
    expect(decide(input({ required, canWrite, reviews: [review('pat')] })).state).toBe('failure')
    expect(decide(input({ required, canWrite, reviews: [review('olga')] })).state).toBe('failure')
  })
})

describe('gate state in the summary comment', () => {
  it('round-trips, keeps the first record of an unchanged commit, and refuses junk', () => {
    const s = state([A, [id(1)], '2026-11-01T10:00:00Z'])
    expect(parseState(`text\n${renderState(s, 42)}`, 42)).toEqual({ ...s, comment: 42 })
    expect(record(s, { sha: A, ids: [id(1)], at: '2026-11-05T00:00:00Z' })).toBe(s)
    expect(parseState('<!-- tos-guard:state {"v":2,"comment":1,"evaluations":[{"sha":"zz","ids":["x"],"at":"now"}]} -->', 1).evaluations).toEqual([])
    expect(parseState('<!-- tos-guard:state {not json} -->', 1).evaluations).toEqual([])
  })

  it('is strict: one marker, on the last line, bound to the comment it is in, every part well-formed', () => {
    const s = state([A, [id(1)], '2026-11-01T10:00:00Z'])
    const good = `summary\n${renderState(s, 42)}`
    expect(parseState(good, 42).evaluations).toHaveLength(1)
    // The same state in another comment (copied, echoed) names a different comment.
    expect(parseState(good, 43).evaluations).toEqual([])
    expect(parseState(`summary\n${renderState(s)}`, 42).evaluations).toEqual([])
    // A second marker anywhere, even a well-formed one, voids both.
    expect(parseState(`${renderState(s, 42)}\n${good}`, 42).evaluations).toEqual([])
    // Not on the last line.
    expect(parseState(`${good}\nmore text`, 42).evaluations).toEqual([])
    // One bad evaluation voids the state rather than being skipped.
    const bad = renderState(s, 42).replace('}]}', '},{"sha":"zz","ids":[],"at":"x"}]}')
    expect(() => JSON.parse(/\{.*\}/.exec(bad)?.[0] ?? '')).not.toThrow()
    expect(bad).not.toBe(renderState(s, 42))
    expect(parseState(`summary\n${bad}`, 42).evaluations).toEqual([])
    // The old, unbound format counts as no state.
    expect(parseState(`summary\n<!-- tos-guard:state {"v":1,"evaluations":[]} -->`, 42).comment).toBeUndefined()
  })
})

describe('who may sign off, and who may lift a block (issue 11 item 8)', () => {
  const approve = (user: string) => ({ id: 1, user, state: 'APPROVED', commitId: B, submittedAt: '2026-11-02T11:00:00Z' })
  it('whoever wrote commits of the pull request is barred like its author; unknown committers bar everyone', () => {
    expect(decide(input({ reviews: [approve('carol')], contributors: new Set(['carol']) })).state).toBe('failure')
    expect(decide(input({ reviews: [approve('carol')], contributors: new Set(['pat']) })).state).toBe('success')
    expect(decide(input({ reviews: [approve('carol')], contributors: new Set(), contributorsComplete: false })).state).toBe('failure')
  })
  it('a change request dismissed by the author still blocks; by its approver or another approver, it does not', () => {
    const required = [{ id: id(1), category: 'ai-training' as const, path: 'terms.md', approvers: new Set(['carol', 'cody']) }]
    const dismissedBy = (by: string) => ({ id: 2, user: 'carol', state: 'DISMISSED', commitId: B, submittedAt: '2026-11-02T10:30:00Z', dismissedBy: by, dismissedState: 'changes_requested' })
    const reviews = (by: string) => [dismissedBy(by), { ...approve('cody'), id: 3 }]
    expect(decide(input({ required, reviews: reviews('pat') })).state).toBe('failure')
    expect(decide(input({ required, reviews: reviews('cody') })).state).toBe('success')
    expect(decide(input({ required, reviews: reviews('carol') })).state).toBe('success')
  })
})

describe('what a sign-off comment saw', () => {
  it('binds only to evaluations the summary had shown when it was posted', () => {
    const shown = state([A, [id(1)], '2026-11-01T10:00:00Z'])
    // B was evaluated at 11:00 but its summary was written only at 11:05.
    const inFlight = record(shown, { sha: B, ids: [id(1), id(2)], at: '2026-11-01T11:00:00Z' })
    expect(idsAtTime(inFlight, '2026-11-01T11:02:00Z')?.sha).toBe(A)
    expect(idsAtTime(markShown(inFlight, '2026-11-01T11:05:00Z'), '2026-11-01T11:02:00Z')?.sha).toBe(A)
    expect(idsAtTime(markShown(inFlight, '2026-11-01T11:05:00Z'), '2026-11-01T11:06:00Z')?.sha).toBe(B)
    expect(idsAtTime(inFlight, '2026-11-01T09:00:00Z')).toBeUndefined()
  })
})

describe('approver sets', () => {
  it('category first, then the first matching path, then the default', () => {
    const p = loadPolicy('approvers:\n  default: { users: [carol] }\n  categories:\n    ai-training: { users: [dana] }\n  paths:\n    - { pattern: "privacy/**", users: [dpo] }\n', 'p.yml')
    if (!p.ok) throw new Error('policy')
    expect(approverSetFor(p.value, { category: 'ai-training' }, 'privacy/policy.md')?.users).toEqual(['dana'])
    expect(approverSetFor(p.value, { category: 'removed-protection' }, 'privacy/policy.md')?.users).toEqual(['dpo'])
    expect(approverSetFor(p.value, { category: 'removed-protection' }, 'terms.md')?.users).toEqual(['carol'])
  })
})
