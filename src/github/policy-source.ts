import { decodeText } from '../files/decode.js'
import { loadPolicy } from '../policy/load.js'
import { resolvePack, type Configuration } from '../policy/resolve.js'
import type { Parsed } from '../policy/yaml-errors.js'
import type { Api } from './api.js'
import { fetchContents, type Content } from './files.js'

function asText(content: Content | undefined): string | undefined {
  if (!content) return undefined
  if (content.kind === 'text') return content.text
  if (content.kind === 'bytes') {
    const decoded = decodeText(content.bytes)
    return decoded.ok ? decoded.text : undefined
  }
  return undefined
}

/**
 * Reads the policy and its packs as of a base commit, through the API: the policy in force is the
 * base branch's, so a pull request cannot change the rules it is judged by.
 */
export async function loadConfigurationAt(api: Api, owner: string, repo: string, sha: string, policyPath: string): Promise<{ parsed: Parsed<Configuration>; found: boolean }> {
  const first = await fetchContents(api, owner, repo, [{ key: 'policy', rev: sha, path: policyPath }])
  const policyText = asText(first.get('policy'))
  const policy = loadPolicy(policyText ?? '', policyPath)
  if (!policy.ok) return { parsed: policy, found: policyText !== undefined }
  // Packs are named by the policy, so they are read second, all in one query.
  const paths = policy.value.packs
  const packs = paths.length > 0 ? await fetchContents(api, owner, repo, paths.map((p) => ({ key: p, rev: sha, path: p }))) : new Map<string, Content>()
  const pack = resolvePack(policy.value, policyPath, (path) => asText(packs.get(path)))
  const parsed: Parsed<Configuration> = pack.ok
    ? { ok: true, value: { policy: policy.value, pack: pack.value.pack, packs: pack.value.packs, ...(policyText !== undefined ? { source: policyPath } : {}) } }
    : pack
  return { parsed, found: policyText !== undefined }
}
