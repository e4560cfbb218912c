import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { defaultCorpusDir, evaluateCase, loadCorpus, score } from '../scripts/corpus.js'

/*
 * The engine scored on real, labelled revisions of public terms (shared/corpus/dev). The corpus
 * lives beside the repository, not in it: where it is missing this suite says so and skips.
 */
const dir = defaultCorpusDir()
const present = existsSync(dir)

describe.skipIf(!present)(`corpus evaluation (${dir})`, () => {
  const results = loadCorpus(dir).map(evaluateCase)
  const s = score(results)

  it('has labelled cases to score', () => {
    expect(s.positives.length).toBeGreaterThan(10)
    expect(s.negatives.length).toBeGreaterThan(10)
  })

  it('finds every positive at the evidence lines', () => {
    expect(s.misses.map((r) => r.case.name)).toEqual([])
  })

  it('raises a finding on at most 1 in 20 negatives', () => {
    expect(s.falseAlarmRate, `false alarms: ${s.falseAlarms.map((r) => r.case.name).join(', ')}`).toBeLessThanOrEqual(0.05)
  })
})

if (!present) {
  describe('corpus evaluation', () => {
    it.skip(`skipped: no corpus at ${dir} (set TOS_GUARD_CORPUS to run it)`, () => {})
  })
  console.warn(`tos-guard: corpus evaluation skipped, no corpus at ${dir}`)
}
