import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { Octokit } from '@octokit/core'
import Bottleneck from 'bottleneck'

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

/** Aborts a request that gets no answer in time, so a hung connection cannot hang the run. */
function timeouts(octokit: Octokit, options: { timeoutMs?: number }): void {
  const ms = options.timeoutMs ?? 30_000
  octokit.hook.wrap('request', async (request, opts) => {
    const signal = AbortSignal.timeout(ms)
    return request({ ...opts, request: { ...opts.request, signal } })
  })
}

/**
 * A GitHub client built when a run starts (never at import): 5xx and network errors retried
 * with back-off, primary and secondary rate limits waited out as `retry-after` asks.
 */
export function createApi(token: string, options: ApiOptions): Api {
  return getOctokit(
    token,
    {
      baseUrl: options.baseUrl,
      timeoutMs: options.timeoutMs,
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
    timeouts as never,
  )
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

/** One line about a failed request, for logs and summaries. */
export function describeError(error: unknown): string {
  const status = statusOf(error)
  const message = String((error as { message?: unknown }).message ?? error).split('\n')[0] ?? ''
  const request = (error as { request?: { method?: string; url?: string } }).request
  const where = request?.method && request.url ? ` (${request.method} ${request.url.replace(/^https?:\/\/[^/]+/, '')})` : ''
  return `${status ? `HTTP ${status}: ` : ''}${message}${where}`
}
