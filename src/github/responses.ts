import { z } from 'zod'

/*
 * The shapes of the GitHub answers tos-guard reads, checked as they arrive: an answer of another
 * shape (a proxy's page, an API change, a fault) must end the run with a message that names the
 * request — not "data.find is not a function" — and so an error status, never a green one.
 * Only the fields tos-guard reads are checked; anything else may vary.
 */

/** An answer from GitHub that tos-guard cannot read. */
export class MalformedResponse extends Error {
  constructor(what: string, detail: string) {
    super(`unexpected answer from GitHub to ${what}: ${detail}`)
    this.name = 'MalformedResponse'
  }
}

const sha = z.string().min(1)
const login = z.looseObject({ login: z.string() })
const list = <T extends z.ZodType>(item: T) => z.array(item)
const object = z.looseObject({})

/** Routes by concrete path (pages after the first come as full URLs, not templates). */
const ROUTES: Array<{ method: string; path: RegExp; schema: z.ZodType }> = [
  { method: 'GET', path: /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+$/, schema: z.looseObject({ title: z.string(), user: login, state: z.string(), base: z.looseObject({ sha, ref: z.string() }), head: z.looseObject({ sha }), html_url: z.string() }) },
  { method: 'GET', path: /^\/repos\/[^/]+\/[^/]+\/compare\//, schema: z.looseObject({ merge_base_commit: z.looseObject({ sha }) }) },
  { method: 'GET', path: /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/, schema: list(z.looseObject({ filename: z.string(), status: z.string() })) },
  { method: 'GET', path: /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/reviews$/, schema: list(z.looseObject({ id: z.number() })) },
  { method: 'GET', path: /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/comments$/, schema: list(object) },
  { method: 'GET', path: /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/(?:comments|events)$/, schema: list(object) },
  { method: 'GET', path: /^\/repos\/[^/]+\/[^/]+\/commits\/[^/]+\/statuses$/, schema: list(z.looseObject({ context: z.string(), state: z.string() })) },
  { method: 'GET', path: /^\/repos\/[^/]+\/[^/]+\/commits\/[^/]+\/check-runs$/, schema: z.looseObject({ check_runs: list(object) }) },
  { method: 'GET', path: /^\/repos\/[^/]+\/[^/]+\/git\/blobs\/[^/]+$/, schema: z.looseObject({ content: z.string(), encoding: z.string() }) },
  { method: 'GET', path: /^\/repos\/[^/]+\/[^/]+\/collaborators\/[^/]+\/permission$/, schema: z.looseObject({ permission: z.string() }) },
  { method: 'POST', path: /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/, schema: z.looseObject({ id: z.number() }) },
]

const GRAPHQL = z.looseObject({ data: z.looseObject({ repository: z.looseObject({}) }) })
const GRAPHQL_ERRORS = z.looseObject({ errors: z.array(z.looseObject({ message: z.string() })).min(1) })

export interface RequestOptions {
  method?: string
  url?: string
  query?: unknown
  [key: string]: unknown
}

/** Throws MalformedResponse when `data`, GitHub's answer to `options`, is not of the shape read. */
export function checkResponse(options: RequestOptions, data: unknown): void {
  const method = (options.method ?? 'GET').toUpperCase()
  const path = concretePath(options)
  if (path === '/graphql') return checkGraphql(options, data)
  const route = ROUTES.find((r) => r.method === method && r.path.test(path))
  if (!route) return
  const parsed = route.schema.safeParse(data)
  if (!parsed.success) throw new MalformedResponse(`${method} ${path}`, describeIssue(parsed.error))
}

/**
 * A GraphQL answer holds the repository it was asked about. Errors beside a repository are
 * partial data the caller may read; errors without one end the run, naming the query.
 */
function checkGraphql(options: RequestOptions, data: unknown): void {
  const name = /^\s*(?:query|mutation)\s+(\w+)/.exec(String(options.query ?? ''))?.[1] ?? 'unnamed'
  const what = `GraphQL ${String(options.query ?? '').trimStart().startsWith('mutation') ? 'mutation' : 'query'} ${name}`
  if (what.startsWith('GraphQL mutation')) {
    const errors = GRAPHQL_ERRORS.safeParse(data)
    if (errors.success) throw new MalformedResponse(what, errors.data.errors[0]?.message ?? 'an error')
    return
  }
  if (GRAPHQL.safeParse(data).success) return
  const errors = GRAPHQL_ERRORS.safeParse(data)
  throw new MalformedResponse(what, errors.success ? (errors.data.errors[0]?.message ?? 'an error') : 'no repository in its data')
}

function concretePath(options: RequestOptions): string {
  const url = String(options.url ?? '').replace(/\{(\w+)\}/g, (_, key: string) => encodeURIComponent(String(options[key] ?? '')))
  return url.replace(/^https?:\/\/[^/]+/, '').split('?')[0] ?? ''
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'not of the expected shape'
  const at = issue.path.length > 0 ? ` at ${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '')}` : ''
  return `${issue.message.toLowerCase()}${at}`
}
