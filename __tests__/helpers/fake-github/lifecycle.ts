import { afterEach, beforeEach, expect } from 'vitest'
import { FakeGitHubServer } from './server.js'
import { FakeGitHub } from './state.js'

/**
 * A fresh fake GitHub for every test of the calling file, handed to `started`, and checked after
 * each test for requests GitHub would have refused.
 */
export function useFakeGitHub(started: (server: FakeGitHubServer) => void): void {
  let server: FakeGitHubServer | undefined
  beforeEach(async () => {
    server = await new FakeGitHubServer(new FakeGitHub()).start()
    started(server)
  })
  afterEach(async () => {
    expect(server?.problems, 'requests GitHub would refuse').toEqual([])
    await server?.stop()
  })
}
