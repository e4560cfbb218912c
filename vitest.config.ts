import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // The labelled-corpus suites (scores per folder, fast-path equivalence on 78 real revisions)
    // take minutes: their own script, run by CI (npm run test:corpus).
    exclude: ['__tests__/corpus/**', 'node_modules/**'],
    environment: 'node',
    clearMocks: true,
    testTimeout: 60_000,
  },
})
