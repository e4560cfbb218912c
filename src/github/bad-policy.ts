import type { Api } from './api.js'
import { describeError } from './api.js'
import type { RunEvent } from './event.js'
import { SUMMARY_MARKER } from '../report/markers.js'
import type { PullInfo } from './pull.js'
import type { Identity } from './review.js'
import type { RunInputs, RunIo, RunResult } from './run.js'
import { setStatus } from './status.js'

/** An invalid policy is an error the status shows, never a silent fallback to the defaults. */
export async function reportBadPolicy(api: Api, event: RunEvent, pull: PullInfo, inputs: RunInputs, io: RunIo, errors: string[]): Promise<RunResult> {
  for (const e of errors) io.warning(`policy error: ${e}`)
  const context = inputs.statusContext.trim() || 'tos-guard'
  const body = [SUMMARY_MARKER, '## tos-guard: the policy file is invalid', '', 'tos-guard does not fall back to defaults; fix these on the base branch:', '', ...errors.map((e) => `- \`${e.replace(/`/g, "'")}\``)].join('\n')
  await io.writeJobSummary(body)
  const identity: Identity = {}
  try {
    await setStatus(api, event.owner, event.repo, { sha: pull.headSha, context, state: 'error', description: 'tos-guard policy file is invalid; see the job log' }, identity)
  } catch (error) {
    io.warning(`cannot set the status: ${describeError(error)}`)
  }
  io.setOutput('decision', 'error')
  return { findings: 0, pending: 0, decision: 'error', readOnly: false, failure: `the policy file is invalid:\n${errors.join('\n')}` }
}

