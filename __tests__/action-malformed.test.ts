import { describe, expect, it } from 'vitest'
import { useFakeGitHub } from './helpers/fake-github/lifecycle.js'
import type { FakeGitHubServer } from './helpers/fake-github/server.js'
import { pullPayload, runBundledAction } from './helpers/run-action.js'

/*
 * Issue 11 (smaller defects): a GitHub answer of the wrong shape, or a GraphQL answer with
 * errors, reached the log as an internal message ("data.find is not a function"). Each read is
 * checked: the run ends in an error status that names the request, never green.
 */
const BEFORE = 'You grant us a license to host your posts.\n\nWe do not sell your personal data.\n'
const AFTER = 'You grant us a license to host your posts.\n\nWe do not sell your personal data.\n\nThank you.\n'

let server: FakeGitHubServer
useFakeGitHub((s) => {
  server = s
})

function pull(): number {
  const gh = server.gh
  const b = gh.commit({ 'terms.md': BEFORE })
  return gh.openPull({ base: b, head: gh.commit({ 'terms.md': AFTER }, b) }).number
}

const query = (body: unknown): string => String((body as { query?: unknown } | undefined)?.query ?? '')

type Case = [name: string, match: (n: number) => (method: string, path: string, body: unknown) => boolean, body: unknown, names: RegExp]
const cases: Case[] = [
  ['the pull request is an empty object', (n) => (m, p) => m === 'GET' && p === `/repos/acme/terms/pulls/${n}`, {}, /GET \/repos\/acme\/terms\/pulls\/\d+\b/],
  ['the changed files are not a list', () => (m, p) => m === 'GET' && p.endsWith('/files'), { files: 'none' }, /GET \/repos\/acme\/terms\/pulls\/\d+\/files/],
  ['a changed file has no name', () => (m, p) => m === 'GET' && p.endsWith('/files'), [{ status: 'modified' }], /GET \/repos\/acme\/terms\/pulls\/\d+\/files/],
  ['the contents query answers no repository', () => (m, p, b) => m === 'POST' && p === '/graphql' && query(b).includes('TosGuardContents'), { data: { repository: null } }, /GraphQL query TosGuardContents/],
  ['the contents query answers no data', () => (m, p, b) => m === 'POST' && p === '/graphql' && query(b).includes('TosGuardContents'), { data: 'none' }, /GraphQL query TosGuardContents/],
  ['the contents query answers errors', () => (m, p, b) => m === 'POST' && p === '/graphql' && query(b).includes('TosGuardContents'), { errors: [{ message: 'Could not resolve to a Repository.' }] }, /GraphQL query TosGuardContents: Could not resolve to a Repository/],
  // GitHub's own transient error is retried (Octokit turns it into a 500); when it persists, the log names the query.
  ['the contents query keeps failing', () => (m, p, b) => m === 'POST' && p === '/graphql' && query(b).includes('TosGuardContents'), { errors: [{ message: 'Something went wrong while executing your query.' }] }, /Something went wrong while executing your query\. \(GraphQL query TosGuardContents\)/],
  ['the reviews are not a list', () => (m, p) => m === 'GET' && p.endsWith('/reviews'), { message: 'ok' }, /GET \/repos\/acme\/terms\/pulls\/\d+\/reviews/],
  ['the comments are not a list', (n) => (m, p) => m === 'GET' && p === `/repos/acme/terms/issues/${n}/comments`, 'comments', /GET \/repos\/acme\/terms\/issues\/\d+\/comments/],
  ['the statuses are not a list', () => (m, p) => m === 'GET' && p.endsWith('/statuses'), { statuses: 1 }, /GET \/repos\/acme\/terms\/commits\/\w+\/statuses/],
]

describe('malformed answers from GitHub (issue 11)', () => {
  for (const [name, match, body, names] of cases) {
    it(`${name}: an error status that names the request, no internal message`, async () => {
      const n = pull()
      server.fail({ match: match(n), times: 20, respond: { status: 200, body } })
      const r = await runBundledAction(server, 'pull_request_target', pullPayload(server, n))
      const log = `${r.stdout}\n${r.stderr}`
      expect(log).not.toMatch(/is not a function|Cannot read properties|is not iterable|undefined \(reading/)
      expect(log).toMatch(names)
      const status = server.gh.status(server.gh.pull(n).headSha)
      expect(status?.state).toBe('error')
      expect(status?.description).toMatch(/^tos-guard could not finish: (?:unexpected answer from GitHub to |HTTP 500: Something went wrong)/)
      expect(r.code).toBe(1)
    })
  }
})
