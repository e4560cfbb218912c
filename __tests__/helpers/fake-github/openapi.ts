import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

/*
 * GitHub's published OpenAPI description (a committed subset of @octokit/openapi, see
 * scripts/openapi-subset.mjs): every REST request the fake server receives is checked against it.
 */
type Json = Record<string, unknown>
const spec = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'github', 'openapi-subset.json'), 'utf8')) as {
  paths: Record<string, Record<string, Json>>
  components: { examples?: Record<string, { value: unknown }> }
}

/** OpenAPI 3.0's `nullable` as JSON Schema: a "null" type, or an anyOf when there is no type. */
function convertNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convertNullable)
  if (node === null || typeof node !== 'object') return node
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(node)) out[k] = convertNullable(v)
  if (out.nullable === true) {
    delete out.nullable
    if (typeof out.type === 'string') return { ...out, type: [out.type, 'null'], ...(Array.isArray(out.enum) ? { enum: [...(out.enum as unknown[]), null] } : {}) }
    return { anyOf: [out, { type: 'null' }] }
  }
  return out
}
spec.paths = convertNullable(spec.paths) as typeof spec.paths
;(spec as { components: unknown }).components = convertNullable(spec.components)

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv
// inlineRefs: false compiles each shared component schema (a repository, a user) once instead of
// inlining it into every validator that uses it: the same answers, a third of the compile time.
const ajv = new Ajv({ strict: false, allErrors: true, inlineRefs: false })
addFormats(ajv)
ajv.addSchema(spec, 'gh')

const ptr = (...parts: string[]): string => `gh#/${parts.map((p) => encodeURIComponent(p.replaceAll('~', '~0').replaceAll('/', '~1'))).join('/')}`
const compiled = new Map<string, ValidateFunction>()
function validator(ref: string): ValidateFunction {
  let v = compiled.get(ref)
  if (!v) {
    v = ajv.compile({ $ref: ref })
    compiled.set(ref, v)
  }
  return v
}

export interface MatchedOperation {
  template: string
  method: string
  params: Record<string, string>
  operation: Json
}

const templates = Object.keys(spec.paths).map((template) => ({
  template,
  re: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([a-z_]+)\\?\}/g, (_, name: string) => (name === 'path' || name === 'basehead' ? `(?<${name}>.+)` : `(?<${name}>[^/]+)`))}$`),
}))

/** Finds the operation of a request, or undefined when the subset does not describe it. */
export function matchOperation(method: string, path: string): MatchedOperation | undefined {
  for (const t of templates) {
    const m = t.re.exec(path)
    const operation = spec.paths[t.template]?.[method.toLowerCase()]
    if (m && operation) return { template: t.template, method: method.toLowerCase(), params: Object.fromEntries(Object.entries(m.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)])), operation }
  }
  return undefined
}

interface Parameter {
  name: string
  in: string
  required?: boolean
  schema?: { type?: string }
  $ref?: string
}

function resolveParameter(p: Parameter): Parameter {
  if (!p.$ref) return p
  const name = p.$ref.split('/').pop() ?? ''
  return ((spec as unknown as { components: { parameters: Record<string, Parameter> } }).components.parameters[name] ?? p) as Parameter
}

/** Problems with a request: unknown query parameters, wrong types, a body the schema refuses. */
export function requestProblems(op: MatchedOperation, query: URLSearchParams, body: unknown): string[] {
  const problems: string[] = []
  const pathLevel = (spec.paths[op.template]?.parameters as Parameter[] | undefined) ?? []
  const params = [...pathLevel, ...((op.operation.parameters as Parameter[] | undefined) ?? [])].map(resolveParameter)
  for (const [name, value] of query) {
    const p = params.find((x) => x.in === 'query' && x.name === name)
    if (!p) problems.push(`unknown query parameter "${name}"`)
    else if (p.schema?.type === 'integer' && !/^\d+$/.test(value)) problems.push(`query parameter "${name}" must be an integer (got "${value}")`)
  }
  for (const p of params.filter((x) => x.in === 'path')) {
    const value = op.params[p.name]
    if (value === undefined) problems.push(`missing path parameter ${p.name}`)
    else if (p.schema?.type === 'integer' && !/^\d+$/.test(value)) problems.push(`path parameter "${p.name}" must be an integer (got "${value}")`)
  }
  const hasBody = (op.operation.requestBody as Json | undefined)?.content !== undefined
  if (hasBody) {
    const v = validator(ptr('paths', op.template, op.method, 'requestBody', 'content', 'application/json', 'schema'))
    if (!v(body)) problems.push(...(v.errors ?? []).map((e) => `body${e.instancePath} ${e.message ?? 'is invalid'}`))
  } else if (body !== undefined) problems.push('this operation takes no request body')
  return problems
}

/** Problems with a response the fake server is about to send: it must look like GitHub's. */
export function responseProblems(op: MatchedOperation, status: number, body: unknown): string[] {
  const responses = op.operation.responses as Record<string, { content?: Record<string, unknown> }> | undefined
  if (!responses?.[String(status)]?.content?.['application/json']) return []
  const v = validator(ptr('paths', op.template, op.method, 'responses', String(status), 'content', 'application/json', 'schema'))
  return v(body) ? [] : (v.errors ?? []).slice(0, 5).map((e) => `response${e.instancePath} ${e.message ?? 'is invalid'}`)
}

/** An example object of the spec, as a base for realistic responses. */
export function example<T>(name: string): T {
  const e = spec.components.examples?.[name]
  if (!e) throw new Error(`no example ${name} in the OpenAPI subset`)
  return structuredClone(e.value) as T
}
