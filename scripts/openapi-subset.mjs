/**
 * Extracts, from GitHub's OpenAPI description (@octokit/openapi, 13 MB, not a dependency), the
 * operations tos-guard calls and every component they reference, into a small committed file
 * the end-to-end tests validate requests against.
 *
 *   npm install --no-save @octokit/openapi@23.0.2 && node scripts/openapi-subset.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

export const OPERATIONS = [
  ['/repos/{owner}/{repo}/pulls/{pull_number}', 'get'],
  ['/repos/{owner}/{repo}/pulls/{pull_number}/files', 'get'],
  ['/repos/{owner}/{repo}/compare/{basehead}', 'get'],
  ['/repos/{owner}/{repo}/pulls/{pull_number}/reviews', 'get'],
  ['/repos/{owner}/{repo}/pulls/{pull_number}/reviews', 'post'],
  ['/repos/{owner}/{repo}/pulls/{pull_number}/comments', 'get'],
  ['/repos/{owner}/{repo}/contents/{path}', 'get'],
  ['/repos/{owner}/{repo}/git/blobs/{file_sha}', 'get'],
  ['/repos/{owner}/{repo}/issues/{issue_number}/comments', 'get'],
  ['/repos/{owner}/{repo}/issues/{issue_number}/comments', 'post'],
  ['/repos/{owner}/{repo}/issues/comments/{comment_id}', 'patch'],
  ['/repos/{owner}/{repo}/issues/{issue_number}/events', 'get'],
  ['/repos/{owner}/{repo}/statuses/{sha}', 'post'],
  ['/repos/{owner}/{repo}/commits/{ref}/statuses', 'get'],
  ['/repos/{owner}/{repo}/check-runs', 'post'],
  ['/repos/{owner}/{repo}/check-runs/{check_run_id}', 'patch'],
  ['/repos/{owner}/{repo}/commits/{ref}/check-runs', 'get'],
  ['/orgs/{org}/teams/{team_slug}', 'get'],
  ['/repos/{owner}/{repo}/collaborators/{username}/permission', 'get'],
  ['/orgs/{org}/teams/{team_slug}/memberships/{username}', 'get'],
]

const require = createRequire(import.meta.url)
const specPath = require.resolve('@octokit/openapi/generated/api.github.com.json', { paths: [process.cwd(), '/tmp/oapi'] })
const spec = JSON.parse(readFileSync(specPath, 'utf8'))

const out = { openapi: spec.openapi, info: { ...spec.info, description: 'Subset of GitHub REST API for tos-guard tests' }, paths: {}, components: {} }
const pending = []
const seen = new Set()
function collect(node) {
  if (Array.isArray(node)) return node.forEach(collect)
  if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/') && !seen.has(v)) {
        seen.add(v)
        pending.push(v)
      } else collect(v)
    }
  }
}
for (const [path, method] of OPERATIONS) {
  const op = spec.paths[path]?.[method]
  if (!op) throw new Error(`no ${method} ${path} in the spec`)
  out.paths[path] ??= {}
  if (spec.paths[path].parameters) out.paths[path].parameters = spec.paths[path].parameters
  out.paths[path][method] = op
  collect(op)
  collect(spec.paths[path].parameters ?? [])
}
while (pending.length > 0) {
  const ref = pending.pop()
  const [, , group, name] = ref.split('/')
  const value = spec.components[group][name]
  out.components[group] ??= {}
  out.components[group][name] = value
  collect(value)
}
writeFileSync('__tests__/fixtures/github/openapi-subset.json', `${JSON.stringify(out)}\n`)
console.log(`wrote ${OPERATIONS.length} operations and ${seen.size} components`)
