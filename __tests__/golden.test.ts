import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze } from '../src/analysis/engine.js'

/*
 * Golden cases (reviewdog-style): each folder under fixtures/golden holds before.md, after.md and
 * expected.json — the findings a reviewer should see (category, side, lines, and words that must
 * be among `added`). Clauses are modelled on real, publicly reported terms changes.
 */
interface Expected {
  note: string
  findings: Array<{ category: string; side: string; startLine: number; endLine: number; added?: string[] }>
}

const root = join(import.meta.dirname, 'fixtures', 'golden')
const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()

describe('golden cases', () => {
  it.each(cases)('%s', (name) => {
    const read = (file: string): string => readFileSync(join(root, name, file), 'utf8')
    const expected = JSON.parse(read('expected.json')) as Expected
    const actual = analyze(read('before.md'), read('after.md')).findings
    const project = (f: { category: string; side: string; startLine: number; endLine: number }): string => `${f.side}:${f.startLine}-${f.endLine}:${f.category}`
    expect(actual.map(project).sort(), expected.note).toEqual(expected.findings.map(project).sort())
    for (const e of expected.findings) {
      const match = actual.find((f) => project(f) === project(e))
      expect(match?.added, `${name}: ${project(e)}`).toEqual(expect.arrayContaining(e.added ?? []))
    }
  })
})
