import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

/*
 * Test files share their worker's modules (isolate: false): the engine, the fake GitHub's compiled
 * OpenAPI validators and GraphQL schema, and the Action's code for its in-process runs
 * (__tests__/helpers/run-action.ts) load once per worker instead of once per file. Nothing in
 * src/ keeps state between calls but caches and lazily loaded modules; a file that asserts what
 * a cold process loads is named *-cold.test.ts and gets a fresh worker of its own.
 */
const cold = ['__tests__/**/*-cold.test.ts']

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
          exclude: ['__tests__/corpus/**', 'node_modules/**', ...cold],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'cold', include: cold } },
    ],
  },
})
