import type { Document, Node } from 'yaml'
import { requirePackage } from '../util/require-package.js'
import type { z } from 'zod'
import { closest } from '../util/edit-distance.js'

type Yaml = typeof import('yaml')
let yamlModule: Yaml | undefined
/** Only a run with a policy or pack file reads YAML: the library loads then, not with the bundle. */
const yaml = (): Yaml => (yamlModule ??= (typeof require === 'function' ? require('yaml') : requirePackage('yaml')) as Yaml)

/** A configuration problem at a place in a file: the one line a user needs to fix it. */
export interface ConfigError {
  file: string
  line: number
  column: number
  message: string
}

export function formatConfigError(e: ConfigError): string {
  return `${e.file}:${e.line}:${e.column}: ${e.message}`
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: ConfigError[] }

type PathKey = string | number

/** Finds the line and column of the value at a path of the parsed YAML. */
export type Locate = (path: readonly PathKey[]) => { line: number; column: number }

/**
 * Parses YAML and validates it against a zod schema; every error names its line and column.
 * `check` runs on a valid value for rules a schema cannot state (e.g. a regex that must compile).
 */
export function parseYamlWith<S extends z.ZodType>(
  schema: S,
  text: string,
  file: string,
  check?: (value: z.output<S>, locate: Locate) => Array<{ path: PathKey[]; message: string }>,
): Parsed<z.output<S>> {
  const lineCounter = new (yaml().LineCounter)()
  const doc = yaml().parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false })
  const at = (offset: number): { line: number; column: number } => {
    const p = lineCounter.linePos(offset)
    return { line: p.line, column: p.col }
  }
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({ file, ...at(e.pos[0]), message: `YAML syntax error: ${e.message.split('\n')[0] ?? e.code}` })),
    }
  }
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: 100 }) ?? {}
  } catch (error) {
    return { ok: false, errors: [{ file, line: 1, column: 1, message: `YAML error: ${(error as Error).message}` }] }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: [{ file, line: 1, column: 1, message: `expected a mapping of settings at the top level, got ${describe(value)}` }] }
  }
  const result = schema.safeParse(value)
  if (result.success) {
    const data = result.data as z.output<S>
    const locate: Locate = (path) => {
      const { node, key } = nodeAt(doc, path)
      const range = node?.range ?? key?.range
      return range ? at(range[0]) : { line: 1, column: 1 }
    }
    const problems = check?.(data, locate) ?? []
    if (problems.length === 0) return { ok: true, value: data }
    return { ok: false, errors: problems.map((p) => ({ file, ...locate(p.path), message: p.message })) }
  }
  const errors = result.error.issues.flatMap((issue) => explain(issue, doc, value, schema, file, at))
  errors.sort((a, b) => a.line - b.line || a.column - b.column)
  return { ok: false, errors }
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') return `"${value}"`
  return `${typeof value} ${JSON.stringify(value)}`
}

function dotted(path: readonly PathKey[]): string {
  if (path.length === 0) return 'the top level'
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')
}

function nodeAt(doc: Document, path: readonly PathKey[]): { node?: Node; key?: Node } {
  let node: unknown = doc.contents
  let key: Node | undefined
  for (const step of path) {
    if (yaml().isMap(node)) {
      const pair = node.items.find((p) => yaml().isPair(p) && yaml().isScalar(p.key) && String(p.key.value) === String(step))
      if (!pair) return { node: node as Node, ...(key ? { key } : {}) }
      key = pair.key as Node
      node = pair.value
    } else if (yaml().isSeq(node) && typeof step === 'number') {
      node = node.items[step]
      key = undefined
    } else return { ...(node ? { node: node as Node } : {}), ...(key ? { key } : {}) }
  }
  return { ...(node ? { node: node as Node } : {}), ...(key ? { key } : {}) }
}

function valueAt(value: unknown, path: readonly PathKey[]): unknown {
  let v: unknown = value
  for (const step of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<PathKey, unknown>)[step]
  }
  return v
}

function explain(
  issue: z.core.$ZodIssue,
  doc: Document,
  value: unknown,
  schema: z.ZodType,
  file: string,
  at: (offset: number) => { line: number; column: number },
): ConfigError[] {
  const path = issue.path as PathKey[]
  const where = (p: readonly PathKey[], preferKey = false, key?: string): { line: number; column: number } => {
    if (key !== undefined) {
      const { node } = nodeAt(doc, p)
      if (yaml().isMap(node)) {
        const pair = node.items.find((it) => yaml().isPair(it) && yaml().isScalar(it.key) && String(it.key.value) === key)
        const range = (pair?.key as Node | undefined)?.range
        if (range) return at(range[0])
      }
    }
    const { node, key: keyNode } = nodeAt(doc, p)
    const range = (preferKey ? keyNode?.range : undefined) ?? node?.range ?? keyNode?.range
    return range ? at(range[0]) : { line: 1, column: 1 }
  }
  const got = valueAt(value, path)
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((k) => {
        const known = knownKeys(schema, path)
        const suggestion = closest(k, known)
        return {
          file,
          ...where(path, false, k),
          message: `unknown key "${k}" ${path.length === 0 ? 'at' : 'in'} ${dotted(path)}${suggestion ? ` (did you mean "${suggestion}"?)` : known.length > 0 ? ` (expected one of: ${known.join(', ')})` : ''}`,
        }
      })
    case 'invalid_value':
      return [{ file, ...where(path), message: `${dotted(path)} must be one of ${issue.values.map((v) => String(v)).join(', ')} (got ${describe(got)})` }]
    case 'invalid_type':
      return [{ file, ...where(path), message: `${dotted(path)} must be ${article(issue.expected)} (got ${describe(got)})` }]
    case 'too_small':
      return [
        {
          file,
          ...where(path),
          message: issue.origin === 'array' ? `${dotted(path)} must list at least ${String(issue.minimum)} item(s)` : `${dotted(path)} ${issue.message}`,
        },
      ]
    default:
      return [{ file, ...where(path), message: `${dotted(path)} ${issue.message.replace(/^Invalid input: /, '')}` }]
  }
}

function article(expected: string): string {
  const names: Record<string, string> = { array: 'a list', object: 'a mapping', string: 'a string', number: 'a number', boolean: 'true or false' }
  return names[expected] ?? expected
}

interface ZodInternals {
  _zod: { def: { type: string; innerType?: ZodInternals; shape?: Record<string, ZodInternals>; element?: ZodInternals; valueType?: ZodInternals; in?: ZodInternals; options?: ZodInternals[] } }
}

/** The keys a schema allows at a path of the parsed value, for "did you mean". */
function knownKeys(schema: z.ZodType, path: readonly PathKey[]): string[] {
  let s = schema as unknown as ZodInternals | undefined
  const unwrap = (x: ZodInternals | undefined): ZodInternals | undefined => {
    let cur = x
    for (let n = 0; cur && n < 10; n++) {
      const d = cur._zod.def
      if ((d.type === 'default' || d.type === 'optional' || d.type === 'nullable' || d.type === 'prefault' || d.type === 'readonly') && d.innerType) cur = d.innerType
      else if (d.type === 'pipe' && d.in) cur = d.in
      else break
    }
    return cur
  }
  for (const step of path) {
    s = unwrap(s)
    const d = s?._zod.def
    if (!d) return []
    if (d.type === 'object' && d.shape) s = d.shape[String(step)]
    else if (d.type === 'array') s = d.element
    else if (d.type === 'record') s = d.valueType
    else return []
  }
  const d = unwrap(s)?._zod.def
  return d?.type === 'object' && d.shape ? Object.keys(d.shape) : []
}
