import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { handleGraphQL } from './graphql.js'
import { matchOperation, requestProblems, responseProblems } from './openapi.js'
import { handleRest } from './rest.js'
import type { FakeGitHub } from './state.js'

/** One request the fake GitHub received. */
export interface LoggedRequest {
  method: string
  path: string
  /** Content-creating: REST POST/PATCH/PUT/DELETE or a GraphQL mutation. */
  write: boolean
  graphql: boolean
  status: number
  body?: unknown
}

/** A fault to inject: the next `times` requests matching `match` fail this way. */
export interface Fault {
  match: (method: string, path: string, body: unknown) => boolean
  times: number
  respond: { status: number; headers?: Record<string, string>; body?: unknown } | 'reset' | 'hang'
}

/**
 * A local HTTP server on 127.0.0.1 that plays GitHub's REST and GraphQL API over a FakeGitHub
 * state, checks every request against GitHub's published descriptions (OpenAPI, GraphQL schema),
 * counts reads and writes, and injects faults on demand.
 */
export class FakeGitHubServer {
  readonly log: LoggedRequest[] = []
  /** Requests GitHub would have refused as malformed: any entry fails the test that made it. */
  readonly problems: string[] = []
  readonly faults: Fault[] = []
  private server: Server | undefined

  constructor(readonly gh: FakeGitHub) {}

  get url(): string {
    const address = this.server?.address() as AddressInfo | null
    if (!address) throw new Error('the fake GitHub is not listening')
    return `http://127.0.0.1:${address.port}`
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.problems.push(`the fake GitHub failed on ${req.method ?? ''} ${req.url ?? ''}: ${(error as Error).stack ?? String(error)}`)
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ message: 'fake server error' }))
      })
    })
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    return this
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.closeAllConnections()
      this.server?.close(() => resolve())
    })
  }

  fail(fault: Fault): void {
    this.faults.push(fault)
  }

  reads(): LoggedRequest[] {
    return this.log.filter((r) => !r.write)
  }

  writes(): LoggedRequest[] {
    return this.log.filter((r) => r.write && r.status < 400)
  }

  resetLog(): void {
    this.log.length = 0
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    const url = new URL(req.url ?? '/', this.url)
    const method = req.method ?? 'GET'
    let body: unknown
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw)
      } catch {
        this.problems.push(`${method} ${url.pathname}: body is not JSON`)
      }
    }
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}, write = false, graphql = false): void => {
      this.log.push({ method, path: url.pathname, write, graphql, status, ...(body !== undefined ? { body } : {}) })
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-request-id': String(this.log.length), ...headers })
      res.end(payload === undefined ? '' : JSON.stringify(payload))
    }

    const fault = this.faults.find((f) => f.times > 0 && f.match(method, url.pathname, body))
    if (fault) {
      fault.times--
      this.log.push({ method, path: url.pathname, write: method !== 'GET', graphql: url.pathname === '/graphql', status: fault.respond === 'reset' || fault.respond === 'hang' ? 0 : fault.respond.status })
      if (fault.respond === 'reset') {
        req.socket.destroy()
        return
      }
      if (fault.respond === 'hang') return
      res.writeHead(fault.respond.status, { 'content-type': 'application/json', ...fault.respond.headers })
      res.end(JSON.stringify(fault.respond.body ?? { message: 'fault' }))
      return
    }

    const auth = req.headers.authorization ?? ''
    const token = this.gh.tokens.get(auth.replace(/^(?:token|bearer)\s+/i, ''))
    if (!token) {
      send(401, { message: 'Bad credentials' })
      return
    }
    if (method === 'POST' && url.pathname === '/graphql') {
      const outcome = handleGraphQL(this.gh, (body ?? {}) as { query?: unknown; variables?: unknown }, token)
      this.problems.push(...outcome.problems)
      send(200, outcome.body, {}, outcome.isMutation, true)
      return
    }
    const op = matchOperation(method, url.pathname)
    if (!op) {
      this.problems.push(`${method} ${url.pathname}: not an operation of GitHub's REST API (as described in the OpenAPI subset)`)
      send(404, { message: 'Not Found' })
      return
    }
    const problems = requestProblems(op, url.searchParams, body)
    if (problems.length > 0) {
      this.problems.push(...problems.map((p) => `${method} ${op.template}: ${p}`))
      send(422, { message: 'Validation Failed', errors: problems })
      return
    }
    const response = handleRest(this.gh, op, url.searchParams, body, token, url.toString())
    if (response.status < 300) this.problems.push(...responseProblems(op, response.status, response.body).map((p) => `fake response to ${method} ${op.template}: ${p}`))
    send(response.status, response.body, response.headers, method !== 'GET')
  }
}
