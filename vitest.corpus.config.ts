import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/corpus/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
})
