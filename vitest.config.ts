import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

/*
 * Most test files share their worker's modules (isolate: false): the engine, the fake GitHub's
 * compiled OpenAPI validators and GraphQL schema, and the Action's code for its in-process runs
 * (__tests__/helpers/run-action.ts) load once per worker instead of once per file. Nothing in
 * src/ keeps state between calls but caches and lazily loaded modules.
 *
 * These files get a fresh worker each:
 * - *-cold.test.ts: they check what a cold process loads;
 * - the files that run the engine over megabytes of text or assert time bounds. Once a process has
 *   generated a certain amount of regular-expression code, V8 compiles further patterns without
 *   its optimisations (`--no-regexp-optimization` gives the same timings): after other
 *   engine-heavy files, letters.test.ts took 61 s instead of 17 s.
 */
const isolated = [
  '__tests__/**/*-cold.test.ts',
  '__tests__/letters.test.ts',
  '__tests__/fast-path.test.ts',
  '__tests__/fuzz.test.ts',
  '__tests__/engine-properties.test.ts',
  '__tests__/hardening-inputs.test.ts',
  '__tests__/hardening-shapes.test.ts',
  '__tests__/languages-eval.test.ts',
]

export default defineConfig({
  test: {
    environment: 'node',
    clearMocks: true,
    testTimeout: 60_000,
    // vitest's default is one worker fewer than the CPUs: a single worker on a 2-core machine,
    // while much of an end-to-end test is spent waiting on a child process or on a timer.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['__tests__/**/*.test.ts'],
          // The labelled-corpus suites (scores per folder, fast-path equivalence on 78 real revisions)
          // take minutes: their own script, run by CI (npm run test:corpus).
          exclude: ['__tests__/corpus/**', 'node_modules/**', ...isolated],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: isolated } },
    ],
  },
})
