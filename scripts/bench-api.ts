import { FakeGitHubServer } from '../__tests__/helpers/fake-github/server.js'
import { FakeGitHub } from '../__tests__/helpers/fake-github/state.js'
import { pullChangingDocuments, pullPayload, runBundledAction } from '../__tests__/helpers/run-action.js'

export interface ApiFigures {
  files: number
  reads: number
  writes: number
  rerunReads: number
  rerunWrites: number
}

/** Requests per run of the bundled Action for pull requests changing `n` terms documents. */
export async function benchApiEconomy(counts: readonly number[]): Promise<ApiFigures[]> {
  const out: ApiFigures[] = []
  for (const files of counts) {
    const server = await new FakeGitHubServer(new FakeGitHub()).start()
    try {
      const number = pullChangingDocuments(server.gh, files)
      await runBundledAction(server, 'pull_request_target', pullPayload(server, number))
      const reads = server.reads().length
      const writes = server.writes().length
      server.resetLog()
      await runBundledAction(server, 'pull_request_target', pullPayload(server, number, 'synchronize'))
      out.push({ files, reads, writes, rerunReads: server.reads().length, rerunWrites: server.writes().length })
    } finally {
      await server.stop()
    }
  }
  return out
}
