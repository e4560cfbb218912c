import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze } from '../src/analysis/engine.js'

/*
 * Fuzzing: random Markdown — block structure, inline markup, HTML, tables, footnotes, odd
 * characters — around real clause vocabulary. Never a throw, never over the time bound, always the
 * same answer, nothing found in an unchanged document. `npm run fuzz` runs many more cases.
 */
const RUNS = Number(process.env.TOS_GUARD_FUZZ_RUNS ?? 1000)
const TIME_BOUND_MS = 2000

const words = fc.constantFrom(
  'You', 'grant', 'us', 'a', 'perpetual,', 'irrevocable', 'sublicensable', 'license', 'to', 'use', 'your', 'content', 'train', 'our', 'AI',
  'models', 'machine learning', 'we', 'do', 'not', 'sell', 'personal data', 'solely', 'provide', 'the Services', 'with your consent',
  '"User Content" means', '(collectively, "Content")', 'e.g.', 'Inc.', 'U.S.', 'Section 10.4', 'may', 'never', 'opt out', 'third parties',
  'likeness', 'moral rights', 'waive', 'including', 'for any purpose', ':', ';', '.', ',', 'é', '—', '’', '\u00a0', '\u200b', '🙂',
)
const markup = fc.constantFrom(
  '\n', '\n\n', '\n\n\n', '# ', '## ', '###### ', '> ', '>> ', '- ', '* ', '+ ', '1. ', '2) ', '(i) ', '   ', '    ', '\t', '**', '*', '_', '__', '`',
  '```\n', '~~', '[', ']', '(', ')', '](https://x.test)', '![', '<br>', '<p>', '</p>', '<div>', '<!-- tos-guard-disable all reason="x" -->', '<!--', '-->',
  '| ', ' |', '|---|---|', '[^1]', '[^1]: ', '---\n', '***', '\\', '&amp;', '&#x41;', '&nbsp;', '<script>', '\r\n', '\ufeff', '- [ ] ', '- [x] ',
)
const markdown = fc.array(fc.oneof({ weight: 3, arbitrary: words }, { weight: 2, arbitrary: markup }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), { maxLength: 400 }).map((parts) => parts.join(' ').replace(/ \n/g, '\n'))

describe('fuzzing the analysis with random Markdown', () => {
  it('never throws, stays under the time bound, answers the same every time, finds nothing in A→A', () => {
    fc.assert(
      fc.property(markdown, markdown, (before, after) => {
        const start = performance.now()
        const first = analyze(before, after)
        const elapsed = performance.now() - start
        expect(elapsed).toBeLessThan(TIME_BOUND_MS)
        expect(analyze(before, after)).toEqual(first)
        expect(analyze(after, after).findings).toEqual([])
        for (const f of first.findings) {
          const lines = (f.side === 'after' ? after : before).split('\n').length
          expect(f.startLine).toBeGreaterThanOrEqual(1)
          expect(f.endLine).toBeLessThanOrEqual(lines)
        }
      }),
      { numRuns: RUNS },
    )
  }, 600_000)
})
