import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildSchema, execute, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql'
import { blobSha, type FakeGitHub, type TokenInfo } from './state.js'

/*
 * GraphQL requests are parsed and validated against GitHub's published GraphQL schema
 * (@octokit/graphql-schema), then executed against the fake state.
 */
let schema: GraphQLSchema | undefined
function githubGraphQLSchema(): GraphQLSchema {
  // The file that the package's `schema.idl` reads. Importing the package itself would also parse
  // its 5 MB introspection JSON twice and build a second schema from it (about a second per
  // worker), which the fake does not use.
  const idl = join(import.meta.dirname, '..', '..', '..', 'node_modules', '@octokit', 'graphql-schema', 'schema.graphql')
  schema ??= buildSchema(readFileSync(idl, 'utf8'), { assumeValidSDL: true })
  return schema
}

/** GitHub's GraphQL gives no `text` for blobs over this size. */
export const GRAPHQL_TEXT_LIMIT = 512 * 1024

export interface GraphQLOutcome {
  body: unknown
  problems: string[]
  isMutation: boolean
}

const actor = (login: string, type: string): { __typename: string; login: string } => ({ __typename: type === 'Bot' ? 'Bot' : 'User', login: type === 'Bot' ? login.replace(/\[bot\]$/, '') : login })

export function handleGraphQL(gh: FakeGitHub, request: { query?: unknown; variables?: unknown }, token: TokenInfo): GraphQLOutcome {
  let document: DocumentNode
  try {
    document = parse(String(request.query ?? ''))
  } catch (error) {
    return { body: { errors: [{ message: (error as Error).message }] }, problems: [`GraphQL syntax: ${(error as Error).message}`], isMutation: false }
  }
  const errors = validate(githubGraphQLSchema(), document)
  const isMutation = document.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'mutation')
  if (errors.length > 0) return { body: { errors: errors.map((e) => ({ message: e.message })) }, problems: errors.map((e) => `GraphQL schema: ${e.message}`), isMutation }
  if (isMutation && !token.write) return { body: { data: null, errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] }, problems: [], isMutation }

  const repository = {
    object: ({ expression }: { expression: string }) => {
      const at = expression.indexOf(':')
      const tree = gh.commits.get(expression.slice(0, at))
      const path = expression.slice(at + 1)
      const content = tree?.get(path)
      // A path with files under it is a directory (git stores no empty ones).
      if (content === undefined && tree && [...tree.keys()].some((k) => k.startsWith(`${path}/`))) return { __typename: 'Tree', oid: blobSha(`tree:${path}`) }
      if (content === undefined || gh.vanished.has(path)) return null
      if (typeof content === 'object' && 'submodule' in content) return { __typename: 'Commit', oid: content.submodule }
      const binary = typeof content === 'object'
      const text = binary ? null : content
      const truncated = !binary && text !== null && Buffer.byteLength(text) > GRAPHQL_TEXT_LIMIT
      return { __typename: 'Blob', oid: blobSha(content), isBinary: binary, isTruncated: truncated, text: binary || truncated ? null : text, byteSize: binary ? content.binary.length : Buffer.byteLength(text ?? '') }
    },
    pullRequest: ({ number }: { number: number }) => {
      if (!gh.pulls.has(number)) return null
      return {
        reviewThreads: ({ first, after }: { first: number; after?: string | null }) => {
          const all = gh.threads.filter((t) => t.pull === number)
          const start = after ? Number(after) : 0
          const nodes = all.slice(start, start + first).map((t) => ({
            id: t.id,
            isResolved: t.isResolved,
            comments: ({ first: n }: { first: number }) => ({ nodes: t.comments.slice(0, n).map((c) => ({ body: c.body, author: actor(c.user.login, c.user.type) })) }),
          }))
          return { pageInfo: { hasNextPage: start + first < all.length, endCursor: String(start + first) }, nodes }
        },
        commits: ({ first, after }: { first: number; after?: string | null }) => {
          const all = gh.pullCommits(number)
          const start = after ? Number(after) : 0
          const author = (sha: string) => ({ user: { login: gh.commitAuthors.get(sha) ?? gh.pull(number).author } })
          const nodes = all.slice(start, start + first).map((sha) => ({
            commit: { oid: sha, author: author(sha), committer: author(sha), authors: () => ({ nodes: [author(sha)] }) },
          }))
          return { pageInfo: { hasNextPage: start + first < all.length, endCursor: String(start + first) }, nodes }
        },
        reviews: ({ last }: { last: number }) => ({
          nodes: gh.reviews.filter((r) => r.pull === number).slice(-last).map((r) => ({ body: r.body, author: actor(r.user.login, r.user.type) })),
        }),
      }
    },
  }
  const rootValue = {
    viewer: { login: actor(token.actor.login, token.actor.type).login },
    repository: ({ owner, name }: { owner: string; name: string }) => (owner === gh.owner && name === gh.repo ? repository : null),
    resolveReviewThread: ({ input }: { input: { threadId: string } }) => {
      const thread = gh.threads.find((t) => t.id === input.threadId)
      if (!thread) throw new Error(`Could not resolve to a node with the global id of '${input.threadId}'`)
      thread.isResolved = true
      return { thread: { id: thread.id, isResolved: true } }
    },
  }
  const result = execute({ schema: githubGraphQLSchema(), document, rootValue, variableValues: (request.variables ?? {}) as Record<string, unknown> })
  if (result instanceof Promise) throw new Error('the fake GraphQL executes synchronously')
  return { body: result, problems: [], isMutation }
}
