import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze } from '../src/analysis/engine.js'
import { classifierLoaded } from '../src/analysis/language.js'

/*
 * The language classifier costs tens of milliseconds to load: an English-only run must never
 * load it (its own file, so that no other test has loaded it first).
 */
describe('English-only runs', () => {
  it('never load the language classifier', () => {
    const dir = join(import.meta.dirname, '..', 'examples', 'acme-terms')
    const result = analyze(readFileSync(join(dir, 'before.md'), 'utf8'), readFileSync(join(dir, 'after.md'), 'utf8'))
    expect(result.findings.length).toBeGreaterThan(0)
    expect(analyze('# Terms\n\nShort.\n', '# Terms\n\nShort, and now a little longer.\n').findings).toEqual([])
    expect(classifierLoaded()).toBe(false)
  })
})
