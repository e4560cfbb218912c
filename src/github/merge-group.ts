import { DEFAULT_POLICY_PATH } from '../policy/load.js'
import type { Api } from './api.js'
import { loadConfigurationAt } from './policy-source.js'
import type { RunEvent } from './event.js'
import type { Identity } from './review.js'
import type { RunInputs, RunIo, RunResult } from './run.js'
import { readOwnStatus, setStatus } from './status.js'

/**
 * A merge queue's commit passes the gate when every pull request in it passed: tos-guard reads
 * its own status on each pull request's head and sets the same context on the queue's commit.
 */
export async function runMergeGroup(api: Api, event: RunEvent, inputs: RunInputs, io: RunIo): Promise<RunResult> {
  const group = event.mergeGroup
  if (!group) return { findings: 0, pending: 0, readOnly: false }
  const { owner, repo } = event
  // The context is the one the pull requests' runs used: the input, else the base policy's.
  const policyPath = inputs.config.trim() || DEFAULT_POLICY_PATH
  const loaded = group.baseSha ? await loadConfigurationAt(api, owner, repo, group.baseSha, policyPath) : undefined
  const context = inputs.statusContext.trim() || (loaded?.parsed.ok ? loaded.parsed.value.policy.status.context : 'tos-guard')
  if (loaded && !loaded.parsed.ok) {
    await setStatus(api, owner, repo, { sha: group.headSha, context, state: 'error', description: 'tos-guard policy file is invalid; see the job log' }, {})
    io.setOutput('decision', 'error')
    return { findings: 0, pending: 0, decision: 'error', readOnly: false, failure: 'the policy file is invalid' }
  }
  // The queue's commit passes when every pull request in it passed tos-guard's gate.
  const identity: Identity = {}
  const states: string[] = []
  for (const number of group.pullNumbers) {
    const { data } = await api.rest.pulls.get({ owner, repo, pull_number: number })
    states.push((await readOwnStatus(api, owner, repo, data.head.sha, context, identity)) ?? 'missing')
  }
  const ok = group.pullNumbers.length > 0 && states.every((s) => s === 'success')
  const description = group.pullNumbers.length === 0 ? 'Cannot tell which pull requests are in this merge group' : ok ? 'Every pull request in the group is signed off' : 'A pull request in the group is not signed off'
  await setStatus(api, owner, repo, { sha: group.headSha, context, state: ok ? 'success' : 'failure', description }, identity)
  io.info(`merge group ${group.headSha.slice(0, 7)}: ${group.pullNumbers.map((n, i) => `#${n}=${states[i]}`).join(', ')}`)
  io.setOutput('decision', ok ? 'success' : 'failure')
  return { findings: 0, pending: 0, decision: ok ? 'success' : 'failure', readOnly: false }
}
