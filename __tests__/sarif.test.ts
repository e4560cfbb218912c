import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { analyzeChangedFile } from '../src/files/analyze-file.js'
import { policyChangeReport } from '../src/github/policy-change.js'
import type { FileReport } from '../src/report/model.js'
import { renderSarif } from '../src/report/sarif.js'

const root = join(import.meta.dirname, '..')
const example = (side: string): string => readFileSync(join(root, 'examples', 'acme-terms', `${side}.md`), 'utf8')

/**
 * The official SARIF 2.1.0 schema (OASIS, as published with the standard), shipped inside the
 * @microsoft/jest-sarif package: read from node_modules, never fetched. It is draft-04; Ajv reads
 * it as draft-07 once its root `id` is spelt `$id` (no other draft-04-only keyword is used);
 * one of its patterns is not valid with the `u` flag, so patterns run without it.
 */
function sarifValidator(): (data: unknown) => string[] {
  const schemaPath = join(root, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json')
  const { $schema: _draft, id, ...schema } = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false })
  // Formats on: a `uri-reference` with a raw space or `#` in a path must fail, as code scanning fails it.
  addFormats.default(ajv)
  const validate = ajv.compile({ ...schema, $id: String(id) })
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`))
}
const validate = sarifValidator()

interface Sarif {
  runs: Array<{
    tool: { driver: { rules: Array<{ id: string; shortDescription?: { text: string }; fullDescription?: { text: string }; help?: { text: string; markdown?: string }; properties?: Record<string, unknown> }> } }
    results: Array<{
      ruleId: string
      ruleIndex: number
      level: string
      rank?: number
      message: { text: string }
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; endLine?: number } } }>
      relatedLocations?: Array<{ id: number; physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; endLine?: number } }; message: { text: string } }>
      partialFingerprints: Record<string, string>
      properties?: Record<string, unknown>
    }>
  }>
}

function report(path: string, before: string, after: string, previousPath?: string): FileReport {
  return analyzeChangedFile({ path, status: previousPath ? 'renamed' : 'modified', before, after, ...(previousPath ? { previousPath } : {}) })
}

const exampleReport = report('legal/terms.md', example('before'), example('after'))
const outputs: Array<[string, FileReport[]]> = [
  ['no findings', []],
  ['the example', [exampleReport]],
  ['a path with a space, an accent and #', [report('legal/Terms of Use #2 – café.md', example('before'), example('after'))]],
  ['a renamed file', [report('legal/terms-2026.md', example('before'), example('after'), 'legal/terms.md')]],
  ['a policy change', [policyChangeReport('.github/tos-guard.yml', 'modified', '@@ -1,0 +2,1 @@\n+fail-on: high\n', 'fail-on: high\n')]],
  ['a deleted terms file', [analyzeChangedFile({ path: 'legal/old.md', status: 'removed', before: 'We do not sell your personal data.\n' })]],
  ['an inline suppression', [report('t.md', 'You grant us a license to host your content.\n', '<!-- tos-guard-disable all reason="approved in LEGAL-1" -->\nYou grant us a perpetual license to host your content.\n')]],
]

describe('SARIF output', () => {
  for (const [name, files] of outputs) {
    it(`validates against the SARIF 2.1.0 schema: ${name}`, () => {
      expect(validate(JSON.parse(renderSarif(files)))).toEqual([])
    })
  }

  it('the validator rejects a broken log (it can fail)', () => {
    const log = JSON.parse(renderSarif([exampleReport])) as Sarif & { version: string }
    expect(validate({ ...log, version: '2.0.0' }).length).toBeGreaterThan(0)
  })

  it('percent-encodes relative URIs', () => {
    const log = JSON.parse(renderSarif(outputs[2]?.[1] ?? [])) as Sarif
    const uris = new Set(log.runs[0]?.results.flatMap((r) => r.locations.map((l) => l.physicalLocation.artifactLocation.uri)))
    expect([...uris]).toContain('legal/Terms%20of%20Use%20%232%20%E2%80%93%20caf%C3%A9.md')
  })

  it('has one rule per detector rule, each with descriptions, help and a security severity', () => {
    const log = JSON.parse(renderSarif([exampleReport])) as Sarif
    const rules = log.runs[0]?.tool.driver.rules ?? []
    const results = log.runs[0]?.results ?? []
    expect(new Set(results.map((r) => r.ruleId))).toEqual(new Set(exampleReport.findings.map((f) => f.rule)))
    for (const r of results) expect(rules[r.ruleIndex]?.id).toBe(r.ruleId)
    for (const rule of rules) {
      expect(rule.shortDescription?.text.length).toBeGreaterThan(10)
      expect(rule.fullDescription?.text.length).toBeGreaterThan(rule.shortDescription?.text.length ?? 0)
      expect(rule.help?.text.length).toBeGreaterThan(20)
      expect(rule.help?.markdown).toMatch(/\*\*/)
      expect(rule.properties?.['security-severity']).toMatch(/^\d+\.\d$/)
    }
  })

  it('maps severities: critical and high are errors, ranked apart; medium a warning; low a note', () => {
    const log = JSON.parse(renderSarif([exampleReport])) as Sarif
    const results = log.runs[0]?.results ?? []
    const bySeverity = (s: string) => results.filter((r) => r.properties?.severity === s)
    expect(bySeverity('critical').length).toBeGreaterThan(0)
    expect(bySeverity('high').length).toBeGreaterThan(0)
    for (const r of [...bySeverity('critical'), ...bySeverity('high')]) expect(r.level).toBe('error')
    for (const r of bySeverity('medium')) expect(r.level).toBe('warning')
    for (const r of bySeverity('low')) expect(r.level).toBe('note')
    expect(Math.min(...bySeverity('critical').map((r) => r.rank ?? 0))).toBeGreaterThan(Math.max(...bySeverity('high').map((r) => r.rank ?? 0)))
  })

  it('points a removed protection at the new file\'s nearest line, with the deleted text in the base version as a related location', () => {
    const before = '# Terms\n\nWe host your content.\n\nWe do not sell your personal data.\n\nWe keep logs for 30 days.\n'
    const after = '# Terms\n\nWe host your content.\n\nWe keep logs for 30 days.\n'
    const file = report('terms.md', before, after, 'old-terms.md')
    const log = JSON.parse(renderSarif([file])) as Sarif
    const removed = log.runs[0]?.results.find((r) => r.ruleId === 'builtin/removed-protection')
    expect(removed?.locations[0]?.physicalLocation).toMatchObject({ artifactLocation: { uri: 'terms.md' }, region: { startLine: 5 } })
    expect(removed?.relatedLocations?.[0]).toMatchObject({ id: 1, physicalLocation: { artifactLocation: { uri: 'old-terms.md' }, region: { startLine: 5, endLine: 5 } } })
    expect(removed?.message.text).toMatch(/\[lines 5–5 of the previous version\]\(1\)/)
  })

  it('points a removed protection of a deleted file at that file in the base version', () => {
    const log = JSON.parse(renderSarif(outputs[5]?.[1] ?? [])) as Sarif
    expect(log.runs[0]?.results[0]?.locations[0]?.physicalLocation).toMatchObject({ artifactLocation: { uri: 'legal/old.md' }, region: { startLine: 1 } })
  })

  it('fingerprints results by finding id', () => {
    const log = JSON.parse(renderSarif([exampleReport])) as Sarif
    expect(log.runs[0]?.results.map((r) => r.partialFingerprints['tosGuardFindingId/v1'])).toEqual(exampleReport.findings.map((f) => f.id))
  })
})
