import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { analyze } from '../src/analysis/engine.js'
import { applyPolicy } from '../src/policy/apply.js'
import { defaultPolicy, loadPack, loadPolicy } from '../src/policy/load.js'
import { termsFileFilter, unmatchedGlobs } from '../src/policy/paths.js'
import { ACTION_REFERENCE_END, ACTION_REFERENCE_START, actionReference } from '../src/policy/action-reference.js'
import { packJsonSchema, policyJsonSchema, policyReference, REFERENCE_END, REFERENCE_START } from '../src/policy/reference.js'
import { resolveConfiguration } from '../src/policy/resolve.js'
import { applyInlineSuppressions } from '../src/policy/suppressions.js'
import { formatConfigError } from '../src/policy/yaml-errors.js'
import { APPROVER_PLACEHOLDER, starterPolicy } from '../src/policy/templates.js'

const errorsOf = (text: string): string[] => {
  const r = loadPolicy(text, '.github/tos-guard.yml')
  return r.ok ? [] : r.errors.map(formatConfigError)
}

describe('policy validation errors name the file, line and column', () => {
  it('an unknown key, with a suggestion', () => {
    expect(errorsOf('paths:\n  includ: ["**/*.md"]\n')).toEqual(['.github/tos-guard.yml:2:3: unknown key "includ" in paths (did you mean "include"?)'])
    expect(errorsOf('fail_on: high\n')).toEqual(['.github/tos-guard.yml:1:1: unknown key "fail_on" at the top level (did you mean "fail-on"?)'])
    expect(errorsOf('colour: red\n')[0]).toMatch(/^\.github\/tos-guard\.yml:1:1: unknown key "colour" at the top level \(expected one of: paths, fail-on, /)
  })

  it('a bad severity', () => {
    expect(errorsOf('# policy\nfail-on: severe\n')).toEqual(['.github/tos-guard.yml:2:10: fail-on must be one of low, medium, high, critical (got "severe")'])
    expect(errorsOf('rules:\n  builtin/ai-training:\n    severity: 3\n')).toEqual([
      '.github/tos-guard.yml:3:15: rules.builtin/ai-training.severity must be one of low, medium, high, critical (got number 3)',
    ])
  })

  it('a wrong type', () => {
    expect(errorsOf('paths:\n  include: "**/*.md"\n')).toEqual(['.github/tos-guard.yml:2:12: paths.include must be a list (got "**/*.md")'])
    expect(errorsOf('status:\n  check-run: "yes"\n')).toEqual(['.github/tos-guard.yml:2:14: status.check-run must be true or false (got "yes")'])
    expect(errorsOf('- paths\n')).toEqual(['.github/tos-guard.yml:1:1: expected a mapping of settings at the top level, got a list'])
  })

  it('a bad glob', () => {
    expect(errorsOf('paths:\n  include:\n    - "legal/{terms,privacy.md"\n    - /abs/*.md\n')).toEqual([
      '.github/tos-guard.yml:3:7: paths.include[0] glob "legal/{terms,privacy.md" has an unbalanced "{"',
      '.github/tos-guard.yml:4:7: paths.include[1] glob "/abs/*.md" is absolute; paths are relative to the repository root',
    ])
  })

  it('bad approvers, dates and YAML syntax', () => {
    expect(errorsOf('approvers:\n  default:\n    teams: [legal]\n')).toEqual(['.github/tos-guard.yml:3:13: approvers.default.teams[0] must be "org/team-slug"'])
    expect(errorsOf('accepted:\n  - id: 2e2fcc90b27231eb\n    reason: ok by counsel\n    expires: 2026-02-30\n')).toEqual([
      '.github/tos-guard.yml:4:14: accepted[0].expires is not a real date (2026-02-30)',
    ])
    expect(errorsOf('paths: [unclosed\n')[0]).toMatch(/^\.github\/tos-guard\.yml:\d+:\d+: YAML syntax error: /)
  })

  it('accepts an empty file, comments only, and the starter policy', () => {
    expect(errorsOf('')).toEqual([])
    expect(errorsOf('# nothing yet\n')).toEqual([])
    // The starter policy is valid once its one placeholder, the approver, is filled in.
    const starter = starterPolicy(['legal/**/*.md'])
    expect(errorsOf(starter)).toEqual([expect.stringMatching(/^\.github\/tos-guard\.yml:\d+:\d+: approvers\.default\.users\[0\] must be a GitHub login/)])
    expect(errorsOf(starter.replace(`"${APPROVER_PLACEHOLDER}"`, 'alice-counsel'))).toEqual([])
    const r = loadPolicy('', 'x.yml')
    expect(r.ok && r.value).toEqual(defaultPolicy())
  })
})

describe('rule packs', () => {
  const PACK = `name: acme
vocabulary:
  objects:
    - id: guild-scrolls
      label: Guild Scrolls
      words: ["Guild Scrolls", "Guild Scroll"]
rules:
  - id: acme/voice-cloning
    category: ai-training
    severity: critical
    any: ["synthetic voice", "voice clone"]
    none: ["will not"]
    message: Allows cloning users' voices.
    remediation: Make it opt-in.
`

  it('refuses patterns that could backtrack, with their line', () => {
    const r = loadPack(`${PACK}    patterns: ["(a+)+\\\\1"]\n`, 'pack.yml')
    expect(r.ok ? [] : r.errors.map(formatConfigError)).toEqual([
      'pack.yml:15:16: rules[0].patterns[0] cannot run on RE2, the linear-time engine tos-guard uses for your patterns: invalid escape sequence: `\\1`',
    ])
  })

  it('runs accepted patterns in linear time, even the classic catastrophic ones', () => {
    const r = loadPack(`${PACK.replace('    any: ["synthetic voice", "voice clone"]\n', '')}    patterns: ["(a+)+$"]\n`, 'pack.yml')
    expect(r.ok).toBe(true)
    const config = resolveConfiguration('packs: [pack.yml]\n', 'policy.yml', () => (r.ok ? `${PACK.replace('    any: ["synthetic voice", "voice clone"]\n', '')}    patterns: ["(a+)+$"]\n` : undefined))
    expect(config.ok).toBe(true)
    const evil = `${'a'.repeat(5000)}!`
    const started = performance.now()
    const result = analyze('Terms.\n', `Terms.\n\n${evil}\n`, config.ok ? { pack: config.value.pack } : {})
    // Backtracking engines take exponential time here; RE2 answers in milliseconds.
    expect(performance.now() - started).toBeLessThan(5000)
    expect(result.findings.filter((f) => f.rule === 'acme/voice-cloning')).toEqual([])
  })

  // "Creator Assets" needs no pack: "creator" + "assets" is general vocabulary. A company's own
  // coinage ("Guild Scrolls") does.
  it('a company pack makes a grant over its own defined term a finding, and its own rule fires', () => {
    const before = 'Guild Scrolls are the stories players write.\n'
    const after = 'Guild Scrolls are the stories players write.\n\nWe may publish and sell Guild Scrolls in perpetuity and use them in our marketing.\n\nWe may make a synthetic voice from your recordings.\n'
    expect(analyze(before, after).findings.filter((f) => f.category === 'broad-license-grant')).toEqual([])
    const config = resolveConfiguration('packs: [acme.yml]\n', 'policy.yml', (p) => (p === 'acme.yml' ? PACK : undefined))
    if (!config.ok) throw new Error(config.errors.map(formatConfigError).join('\n'))
    const findings = analyze(before, after, { pack: config.value.pack }).findings
    expect(findings.find((f) => f.category === 'broad-license-grant')).toMatchObject({ startLine: 3, added: expect.arrayContaining(['perpetual', 'sell', 'Guild Scrolls']) })
    expect(findings.find((f) => f.rule === 'acme/voice-cloning')).toMatchObject({ category: 'ai-training', startLine: 5, severity: 'critical', message: "Allows cloning users' voices.", remediation: 'Make it opt-in.' })
  })

  it('the policy vocabulary shorthand does the same without a pack', () => {
    const after = 'We may publish and sell Guild Scrolls in perpetuity and use them in our marketing.\n'
    expect(analyze('Terms.\n', after).findings).toEqual([])
    const config = resolveConfiguration('vocabulary:\n  content-terms: ["Guild Scrolls"]\n', 'policy.yml', () => undefined)
    if (!config.ok) throw new Error('policy')
    expect(analyze('Terms.\n', after, { pack: config.value.pack }).findings.map((f) => f.category)).toEqual(['broad-license-grant'])
  })

  it('names a pack file that is missing', () => {
    const r = resolveConfiguration('packs: [missing.yml]\n', 'policy.yml', () => undefined)
    expect(r.ok ? [] : r.errors.map(formatConfigError)).toEqual(['policy.yml:1:1: packs[0]: no file "missing.yml" in the repository'])
  })
})

describe('applying a policy', () => {
  const before = 'We do not sell your personal data.\n\nWe use your data to provide the Services.\n'
  const after = 'We use your data to provide the Services and to train our machine learning models.\n'
  const findings = analyze(before, after).findings

  it('turning a category off removes its findings', () => {
    expect(findings.map((f) => f.category).sort()).toEqual(['ai-training', 'removed-protection'])
    const p = loadPolicy('categories:\n  ai-training: false\n', 'p.yml')
    if (!p.ok) throw new Error('policy')
    expect(applyPolicy(findings, p.value, '2026-01-01').map((f) => f.category)).toEqual(['removed-protection'])
  })

  it('overrides severities and turns rules off by rule id', () => {
    const p = loadPolicy('rules:\n  builtin/ai-training: { severity: critical }\n  builtin/removed-protection: { enabled: false }\n', 'p.yml')
    if (!p.ok) throw new Error('policy')
    expect(applyPolicy(findings, p.value, '2026-01-01').map((f) => [f.rule, f.severity])).toEqual([['builtin/ai-training', 'critical']])
  })

  it('marks accepted findings as suppressed until their expiry date', () => {
    const id = findings.find((f) => f.category === 'ai-training')?.id ?? ''
    const p = loadPolicy(`accepted:\n  - id: ${id}\n    reason: approved in LEGAL-7\n    expires: 2026-06-30\n`, 'p.yml')
    if (!p.ok) throw new Error('policy')
    expect(applyPolicy(findings, p.value, '2026-06-30').find((f) => f.id === id)?.suppressed).toEqual({ by: 'accepted', reason: 'approved in LEGAL-7', expires: '2026-06-30' })
    expect(applyPolicy(findings, p.value, '2026-07-01').find((f) => f.id === id)?.suppressed).toBeUndefined()
  })

  it('an inline suppression hides the next paragraph\'s findings and is itself reported', () => {
    const withComment = '<!-- tos-guard-disable ai-training reason="approved by counsel, LEGAL-9" -->\nWe use your data to provide the Services and to train our machine learning models.\n'
    const marked = applyInlineSuppressions(analyze(before, withComment).findings, before, withComment)
    expect(marked.find((f) => f.category === 'ai-training')?.suppressed).toEqual({ by: 'inline', reason: 'approved by counsel, LEGAL-9', directive: 'tos-guard-disable ai-training', line: 1 })
    expect(marked.find((f) => f.category === 'policy-change')).toMatchObject({ startLine: 1, severity: 'high', rule: 'builtin/suppression-added' })
    // The same comment already on the base side is not a new change.
    expect(applyInlineSuppressions([], withComment, withComment)).toEqual([])
    // Without a reason it hides nothing.
    const noReason = withComment.replace(' reason="approved by counsel, LEGAL-9"', '')
    const unmarked = applyInlineSuppressions(analyze(before, noReason).findings, before, noReason)
    expect(unmarked.find((f) => f.category === 'ai-training')?.suppressed).toBeUndefined()
    expect(unmarked.find((f) => f.category === 'policy-change')?.message).toMatch(/without reason/)
  })

  it('binds a directive to the text it covers: moved, stretched or edited under it, it is new', () => {
    const d = '<!-- tos-guard-disable ai-training reason="LEGAL-9" -->'
    const base = `${d}\nWe use statistics to improve the Services.\n\nYou may cancel at any time.\n`
    const kinds = (head: string): string[] => applyInlineSuppressions([], base, head).map((f) => f.rule)
    expect(kinds(base.replace('We use statistics', 'We  use\n  statistics'))).toEqual([])
    expect(kinds(`We use statistics to improve the Services.\n\n${d}\nYou may cancel at any time.\n`)).toEqual(['builtin/suppression-added'])
    expect(kinds(base.replace('Services.', 'Services.\nWe train models on your posts.'))).toEqual(['builtin/suppression-added'])
    expect(kinds(base.replace('statistics', 'your posts'))).toEqual(['builtin/suppression-added'])
  })
})

describe('paths', () => {
  it('includes and excludes by glob, and reports globs that match nothing', () => {
    const p = loadPolicy('paths:\n  include: ["legal/**/*.md", "terms/*.markdown"]\n  exclude: ["legal/archive/**"]\n', 'p.yml')
    if (!p.ok) throw new Error('policy')
    const isTerms = termsFileFilter(p.value)
    expect(['legal/tos.md', 'legal/archive/2019.md', 'README.md', 'legal/.hidden/x.md'].filter(isTerms)).toEqual(['legal/tos.md', 'legal/.hidden/x.md'])
    expect(unmatchedGlobs(p.value, ['legal/tos.md', 'legal/archive/2019.md'])).toEqual(['terms/*.markdown'])
  })
})

describe('published schema and reference', () => {
  const root = join(import.meta.dirname, '..')
  it('schema/*.schema.json match the zod schemas (run npm run schema)', () => {
    expect(JSON.parse(readFileSync(join(root, 'schema', 'tos-guard.schema.json'), 'utf8'))).toEqual(policyJsonSchema())
    expect(JSON.parse(readFileSync(join(root, 'schema', 'tos-guard-pack.schema.json'), 'utf8'))).toEqual(packJsonSchema())
  })

  it('README.md carries the current policy and Action references (run npm run schema)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf(REFERENCE_START), readme.indexOf(REFERENCE_END) + REFERENCE_END.length)
    expect(section).toBe(policyReference())
    const actionSection = readme.slice(readme.indexOf(ACTION_REFERENCE_START), readme.indexOf(ACTION_REFERENCE_END) + ACTION_REFERENCE_END.length)
    expect(actionSection).toBe(actionReference(readFileSync(join(root, 'action.yml'), 'utf8')))
  })

  it('action.yml sets no default for a setting the policy file has', () => {
    const action = parseYaml(readFileSync(join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }
    for (const input of ['fail-on', 'status-context', 'config']) {
      expect(action.inputs[input], input).toBeDefined()
      expect(action.inputs[input]?.default, input).toBeUndefined()
    }
  })
})
