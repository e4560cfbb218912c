import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'vitest'
import { defaultCorpusDir, loadCorpus } from '../../scripts/corpus.js'
import { expectFastPathHolds } from '../helpers/fast-path.js'

/*
 * The fast path against whole parses on every labelled revision of the corpus (shared/corpus/dev):
 * the same findings, the same clauses, every fact-bearing clause in a chunk it reads, the same
 * syntax trees where GFM is left out. Skipped, and said so, where the corpus is absent.
 */
const dir = defaultCorpusDir()
const corpus = loadCorpus(dir).map((c) => ({ name: c.name, before: readFileSync(join(c.dir, 'before.md'), 'utf8'), after: readFileSync(join(c.dir, 'after.md'), 'utf8') }))

describe.skipIf(corpus.length === 0)(`fast path on the labelled corpus (${dir})`, () => {
  it.each(corpus.map((p) => [p.name, p] as const))('%s', (_, p) => expectFastPathHolds(p))
})

if (corpus.length === 0) {
  describe('fast path on the labelled corpus', () => {
    it.skip(`skipped: no corpus at ${dir} (set TOS_GUARD_CORPUS to run it)`, () => {})
  })
}
