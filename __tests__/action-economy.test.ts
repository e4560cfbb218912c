import { describe, expect, it } from 'vitest'
import { useFakeGitHub } from './helpers/fake-github/lifecycle.js'
import type { FakeGitHubServer } from './helpers/fake-github/server.js'
import { pullChangingDocuments, pullPayload, runBundledAction } from './helpers/run-action.js'

/*
 * API economy: requests per run for pull requests that change 1, 10 and 100 terms documents.
 * Reads grow with the number of files (in batches), writes stay constant, and a re-run with no
 * change writes nothing. The figures are printed for the README's performance table.
 */
let server: FakeGitHubServer
useFakeGitHub((s) => {
  server = s
})

describe('requests per run', () => {
  const figures: string[] = []
  it.each([1, 10, 100])('%i changed file(s): reads grow in batches, writes stay constant', async (files) => {
    const number = pullChangingDocuments(server.gh, files)
    const first = await runBundledAction(server, 'pull_request_target', pullPayload(server, number))
    expect(first.code, first.stdout).toBe(0)
    const reads = server.reads().length
    const writes = server.writes().length
    // One GraphQL query reads up to 50 blobs; file lists come 100 a page.
    const expectedReads = 10 + Math.ceil((2 * files) / 50) + Math.ceil(files / 100)
    expect(reads).toBeLessThanOrEqual(expectedReads)
    // One review, the summary (created, then bound to its own id), one status.
    expect(writes).toBe(4)
    server.resetLog()
    const again = await runBundledAction(server, 'pull_request_target', pullPayload(server, number, 'synchronize'))
    expect(again.code).toBe(0)
    expect(server.writes()).toEqual([])
    figures.push(`${files} file(s): ${reads} reads, ${writes} writes; re-run: ${server.reads().length} reads, 0 writes`)
    if (files === 100) console.log(`tos-guard API economy\n${figures.join('\n')}`)
  })
})
