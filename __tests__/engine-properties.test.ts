import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze } from '../src/analysis/engine.js'
import { documentBlocks, render, style } from './helpers/generate.js'

const RUNS = Number(process.env.TOS_GUARD_PROPERTY_RUNS ?? 150)
// `npm run fuzz` asks for thousands of runs: they pass given time, so give them the time
// instead of vitest's 60 s default (which still bounds the ordinary 150-run suite).
const TIMEOUT = RUNS > 150 ? Math.ceil(RUNS / 150) * 60_000 : 60_000

describe('invariances of the analysis (property-based)', () => {
  it('analysing a document against itself finds nothing', () => {
    fc.assert(
      fc.property(documentBlocks, style, (blocks, s) => {
        const text = render(blocks, s)
        expect(analyze(text, text).findings).toEqual([])
      }),
      { numRuns: RUNS },
    )
  }, TIMEOUT)

  it('re-wrapping, renumbering lists, changing bullets and emphasis finds nothing', () => {
    fc.assert(
      fc.property(documentBlocks, style, style, (blocks, s1, s2) => {
        expect(analyze(render(blocks, s1), render(blocks, s2)).findings).toEqual([])
      }),
      { numRuns: RUNS },
    )
  }, TIMEOUT)

  it('re-ordering paragraphs, lists, tables and headings finds nothing', () => {
    fc.assert(
      fc.property(
        documentBlocks.chain((blocks) => fc.tuple(fc.constant(blocks), fc.shuffledSubarray(blocks, { minLength: blocks.length, maxLength: blocks.length }))),
        style,
        ([blocks, shuffled], s) => {
          expect(analyze(render(blocks, s), render(shuffled, s)).findings).toEqual([])
        },
      ),
      { numRuns: RUNS },
    )
  }, TIMEOUT)

  it('never throws and gives the same findings every time, whatever the edit', () => {
    fc.assert(
      fc.property(documentBlocks, documentBlocks, style, style, (a, b, s1, s2) => {
        const before = render(a, s1)
        const after = render(b, s2)
        const first = analyze(before, after)
        const second = analyze(before, after)
        expect(second).toEqual(first)
        for (const f of first.findings) {
          const lines = (f.side === 'after' ? after : before).split('\n').length
          expect(f.startLine).toBeGreaterThanOrEqual(1)
          expect(f.endLine).toBeGreaterThanOrEqual(f.startLine)
          expect(f.endLine).toBeLessThanOrEqual(lines)
        }
      }),
      { numRuns: RUNS },
    )
  }, TIMEOUT)
})
