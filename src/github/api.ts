import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { HttpClient } from '@actions/http-client'
import Bottleneck from 'bottleneck'
import { fetch as undiciFetch } from 'undici'
import { checkResponse, type RequestOptions } from './responses.js'

export type Api = ReturnType<typeof getOctokit>

export interface ApiOptions {
  baseUrl: string
  /** Logs retries and waits. */
  log: (message: string) => void
  /** First back-off of a retried 5xx, in ms (GitHub's plugin default: 1000). */
  retryBaseMs?: number
  /** Longest wait for one response before it counts as failed, in ms. */
  timeoutMs?: number
  /**
   * Gap between content-creating requests, in ms. GitHub asks for at least 1 s (3 s for requests
   * that notify people), which the throttling plugin keeps by default; tests shorten it.
   */
  writeIntervalMs?: number
}

/**
 * The fetch every request goes through: the runner's proxy settings (as @actions/github does),
 * and a timeout, so that a connection that never answers cannot hang the run.
 */
function fetchWithTimeout(baseUrl: string, ms: number): typeof globalThis.fetch {
  const dispatcher = new HttpClient().getAgentDispatcher(baseUrl)
  return ((url: string, init: RequestInit = {}) => {
    const timeout = AbortSignal.timeout(ms)
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout
    return undiciFetch(url, { ...(init as object), signal, ...(dispatcher ? { dispatcher } : {}) } as Parameters<typeof undiciFetch>[1])
  }) as unknown as typeof globalThis.fetch
}

/**
 * A GitHub client built when a run starts (never at import): 5xx and network errors retried
 * with back-off, primary and secondary rate limits waited out as `retry-after` asks.
 */
export function createApi(token: string, options: ApiOptions): Api {
  const api = getOctokit(
    token,
    {
      baseUrl: options.baseUrl,
      request: { fetch: fetchWithTimeout(options.baseUrl, options.timeoutMs ?? 30_000) },
      retry: { retryAfterBaseValue: options.retryBaseMs ?? 1000, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
      throttle: {
        ...(options.writeIntervalMs !== undefined ? pacedWrites(options.writeIntervalMs) : {}),
        onRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          options.log(`rate limit reached on ${request.method} ${request.url}; retrying in ${retryAfter} s`)
          return retryCount < 3
        },
        onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          options.log(`secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter} s`)
          return retryCount < 3
        },
      },
    },
    retry,
    throttling,
  )
  api.hook.after('request', (response: { data: unknown }, request: RequestOptions) => checkResponse(request, response.data))
  return api
}

function pacedWrites(minTime: number): { write: Bottleneck.Group; notifications: Bottleneck.Group } {
  return {
    write: new Bottleneck.Group({ maxConcurrent: 1, minTime }),
    notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime }),
  }
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown }).status
  return typeof status === 'number' ? status : undefined
}

/**
 * The token may not do this: a read-only GITHUB_TOKEN (a fork's pull_request, Dependabot), a
 * missing `permissions:` entry, or a token that cannot see the resource.
 */
export function isPermissionError(error: unknown): boolean {
  const status = statusOf(error)
  if (status === 401) return true
  if (status !== 403 && status !== 404) return false
  const message = String((error as { message?: unknown }).message ?? '')
  return status === 404 || /not accessible by integration|must have|permission|forbidden|resource not accessible/i.test(message)
}

/**
 * Whether a refused write means the token is read-only, so that tos-guard should report in the
 * job instead of writing. Only GitHub's permission answer counts (403 "Resource not accessible
 * by integration" and its kin): a 404 (a comment deleted meanwhile) or a 401 is a failure of
 * this run, which must end in an error status rather than skip the status and leave an earlier
 * green standing.
 */
export function isReadOnlySignal(error: unknown): boolean {
  if (statusOf(error) !== 403) return false
  const message = String((error as { message?: unknown }).message ?? '')
  return /not accessible by integration|must have (?:push|write|admin)|permission/i.test(message) && !/rate limit/i.test(message)
}

/** The `permissions:` entry a request needs, to name it when GitHub refuses the request. */
export function permissionFor(method: string, url: string): string {
  const path = url.replace(/^https?:\/\/[^/]+/, '').split('?')[0] ?? ''
  const write = method !== 'GET'
  if (path === '/graphql') return write ? 'pull-requests: write' : 'contents: read and pull-requests: read'
  if (/\/statuses\//.test(path) || /\/statuses$/.test(path)) return write ? 'statuses: write' : 'statuses: read'
  if (/\/check-runs/.test(path)) return write ? 'checks: write' : 'checks: read'
  if (/\/(?:compare|contents|git)\//.test(path)) return 'contents: read'
  if (/\/issues\/\d+\/events/.test(path)) return 'issues: read'
  if (/\/orgs\//.test(path)) return 'organisation Members: read (approver-token)'
  if (/\/(?:pulls|issues)\//.test(path)) return write ? 'pull-requests: write' : 'pull-requests: read'
  return write ? 'the write permission for this endpoint' : 'read access to the repository'
}

/** One line about a failed request, for logs and summaries; a refusal names the permission. */
export function describeError(error: unknown): string {
  const status = statusOf(error)
  const message = String((error as { message?: unknown }).message ?? error).split('\n')[0] ?? ''
  const request = (error as { request?: { method?: string; url?: string; body?: unknown; query?: unknown } }).request
  const where = request?.method && request.url ? ` (${graphqlName(request.url, request.query ?? request.body) ?? `${request.method} ${request.url.replace(/^https?:\/\/[^/]+/, '')}`})` : ''
  const hint = (status === 403 || status === 404) && request?.method && request.url && isPermissionError(error) ? `; the token may lack ${permissionFor(request.method, request.url)} — add it to the workflow's permissions: block` : ''
  return `${status ? `HTTP ${status}: ` : ''}${message}${where}${hint}`
}

/**
 * "GraphQL query NAME" for a request to /graphql: every GraphQL request has the same URL.
 * `query` is the query itself, or the request body that holds it.
 */
function graphqlName(url: string, body: unknown): string | undefined {
  if (!/\/graphql$/.test(url.split('?')[0] ?? '')) return undefined
  let query: unknown = body
  try {
    if (typeof body === 'string' && body.trimStart().startsWith('{')) query = (JSON.parse(body) as { query?: unknown }).query
    else if (body && typeof body === 'object') query = (body as { query?: unknown }).query
  } catch {
    return undefined
  }
  const m = /^\s*(query|mutation)\s+(\w+)/.exec(String(query ?? ''))
  return m ? `GraphQL ${m[1]} ${m[2]}` : undefined
}
