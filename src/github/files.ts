import type { Api } from './api.js'

/** A file of a pull request, as GET /pulls/{n}/files lists it. */
export interface PullFile {
  path: string
  previousPath?: string
  status: string
  /** The unified-diff hunks; GitHub omits them for binary and very large diffs. */
  patch?: string
}

/** GitHub lists at most this many files of a pull request. */
export const PULL_FILES_LIMIT = 3000

export async function listPullFiles(api: Api, owner: string, repo: string, number: number): Promise<{ files: PullFile[]; truncated: boolean }> {
  const raw = await api.paginate(api.rest.pulls.listFiles, { owner, repo, pull_number: number, per_page: 100 })
  const files = raw.map((f) => ({
    path: f.filename,
    status: f.status,
    ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
    ...(f.patch !== undefined ? { patch: f.patch } : {}),
  }))
  return { files, truncated: raw.length >= PULL_FILES_LIMIT }
}

/** A file's content at a commit, or why there is none to read. */
export type Content =
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'text'; text: string }
  | { kind: 'missing' }
  | { kind: 'not-a-file'; what: string }

export interface ContentRequest {
  key: string
  rev: string
  path: string
}

/** Objects asked for per GraphQL query: well under GitHub's node and complexity limits. */
export const BLOBS_PER_QUERY = 50

interface BlobNode {
  __typename: string
  oid?: string
  isBinary?: boolean | null
  isTruncated?: boolean
  text?: string | null
}

/**
 * Reads many files at many commits as data, never checking anything out: one GraphQL query per
 * 50 files, and the git blob API for files too large for GraphQL or not plain UTF-8.
 */
export async function fetchContents(api: Api, owner: string, repo: string, requests: readonly ContentRequest[]): Promise<Map<string, Content>> {
  const out = new Map<string, Content>()
  for (let start = 0; start < requests.length; start += BLOBS_PER_QUERY) {
    const batch = requests.slice(start, start + BLOBS_PER_QUERY)
    const variables: Record<string, string> = { owner, name: repo }
    const declarations = ['$owner: String!', '$name: String!']
    const fields: string[] = []
    batch.forEach((r, i) => {
      variables[`e${i}`] = `${r.rev}:${r.path}`
      declarations.push(`$e${i}: String!`)
      fields.push(`f${i}: object(expression: $e${i}) { __typename ... on Blob { oid isBinary isTruncated text } }`)
    })
    const query = `query TosGuardContents(${declarations.join(', ')}) { repository(owner: $owner, name: $name) { ${fields.join(' ')} } }`
    const result = await api.graphql<{ repository: Record<string, BlobNode | null> | null }>(query, variables)
    const found = result.repository ?? {}
    for (let i = 0; i < batch.length; i++) {
      const request = batch[i]
      if (!request) continue
      const node = found[`f${i}`]
      if (!node) {
        out.set(request.key, { kind: 'missing' })
      } else if (node.__typename !== 'Blob') {
        out.set(request.key, { kind: 'not-a-file', what: node.__typename === 'Commit' ? 'a submodule' : node.__typename === 'Tree' ? 'a directory' : node.__typename })
      } else if (node.isBinary === false && node.isTruncated !== true && typeof node.text === 'string' && !node.text.includes('\ufffd')) {
        out.set(request.key, { kind: 'text', text: node.text })
      } else if (node.oid) {
        // Too large for GraphQL, binary, or not valid UTF-8: read the raw bytes and let the
        // decoder say what they are.
        const blob = await api.rest.git.getBlob({ owner, repo, file_sha: node.oid })
        out.set(request.key, { kind: 'bytes', bytes: Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8') })
      } else {
        out.set(request.key, { kind: 'missing' })
      }
    }
  }
  return out
}
