import { createHash } from 'node:crypto'
import type { Finding, Severity } from '../analysis/types.js'
import type { Decision } from '../gate/decide.js'
import { atOrAbove, evaluationOf, jobFailure, pendingCount, unreviewed, verdict } from '../gate/outcome.js'
import { record, renderState } from '../gate/state.js'
import { expiredAcceptances } from '../policy/apply.js'
import { DEFAULT_POLICY_PATH } from '../policy/load.js'
import { formatConfigError } from '../policy/yaml-errors.js'
import { escapeInline } from '../report/escape.js'
import { signOffHint } from '../report/comment.js'
import type { FileReport } from '../report/model.js'
import { translationDrift } from '../report/drift.js'
import { neutraliseMarkers } from '../report/markers.js'
import { renderSummary, type GateView } from '../report/summary.js'
import { unreviewedHeadline } from '../report/summary-gate.js'
import { analyzePull, runningWorkflowPath } from './analyze-pull.js'
import { createApi, describeError, isReadOnlySignal, type Api } from './api.js'
import { reportBadPolicy } from './bad-policy.js'
import { readEvent, type RunEvent } from './event.js'
import { listPullFiles, PULL_FILES_LIMIT } from './files.js'
import { evaluateGate } from './gate-run.js'
import { annotate, writeJobOutputs } from './job-outputs.js'
import { runMergeGroup } from './merge-group.js'
import { planReview } from './plan.js'
import { loadConfigurationAt } from './policy-source.js'
import { getPull, type PullInfo } from './pull.js'
import { postReview, readReviewState, resolveThreads } from './review.js'
import { setCheckRun, setStatus, withdrawGreen } from './status.js'
import { findOwnSummary, upsertSummary, type SummaryWrite } from './summary-comment.js'
import { writeNoticeDraft } from '../notice/action.js'
import { budgetMs, inThread, type FileAnalyzer } from '../files/budget.js'

/** The Action's inputs, already read. Empty strings mean "not set": the policy file decides. */
export interface RunInputs {
  token: string
  approverToken: string
  config: string
  failOn: string
  statusContext: string
  pullRequest: string
  commentLimit: string
}

/** Where the run reports, so that the same code runs under the runner and in tests. */
export interface RunIo {
  env: Record<string, string | undefined>
  now: Date
  info: (message: string) => void
  warning: (message: string) => void
  /** A workflow annotation on a file's line. */
  annotate: (level: 'error' | 'warning' | 'notice', message: string, where: { file: string; startLine: number; endLine: number; title: string }) => void
  writeJobSummary: (markdown: string) => Promise<void>
  setOutput: (name: string, value: string) => void
  /** Where files are analysed: a worker thread that keeps the time budget (main.ts); in this thread when absent. */
  analyzer?: FileAnalyzer
}

export interface RunResult {
  findings: number
  pending: number
  decision?: Decision['state'] | 'error'
  /** The run could not write to the pull request (read-only token). */
  readOnly: boolean
  /** Why the job should fail, when it should. */
  failure?: string
}

const RECIPE = 'https://github.com/tos-guard/tos-guard#pull-requests-from-forks'

function severityInput(value: string): Severity | undefined {
  const v = value.trim()
  if (v === '') return undefined
  if (!['low', 'medium', 'high', 'critical'].includes(v)) throw new Error(`the fail-on input must be low, medium, high or critical (got "${v}")`)
  return v as Severity
}

/** Runs tos-guard for one event: review comments, summary, and the sign-off status. */
export async function runAction(inputs: RunInputs, io: RunIo): Promise<RunResult> {
  const event = readEvent(io.env, inputs.pullRequest)
  const baseUrl = io.env.GITHUB_API_URL ?? 'https://api.github.com'
  // Test knobs: shorter back-off and write pacing than GitHub's recommended defaults.
  const retryBaseMs = Number(io.env.TOS_GUARD_RETRY_BASE_MS ?? '') || undefined
  const writeIntervalMs = io.env.TOS_GUARD_WRITE_INTERVAL_MS !== undefined ? Number(io.env.TOS_GUARD_WRITE_INTERVAL_MS) : undefined
  const timeoutMs = Number(io.env.TOS_GUARD_TIMEOUT_MS ?? '') || undefined
  const api = createApi(inputs.token, {
    baseUrl,
    log: io.info,
    ...(retryBaseMs ? { retryBaseMs } : {}),
    ...(timeoutMs ? { timeoutMs } : {}),
    ...(writeIntervalMs !== undefined && Number.isFinite(writeIntervalMs) ? { writeIntervalMs } : {}),
  })
  const approverApi = inputs.approverToken ? createApi(inputs.approverToken, { baseUrl, log: io.info }) : undefined
  const failOnInput = severityInput(inputs.failOn)

  if (event.mergeGroup) return runMergeGroup(api, event, inputs, io)
  if (event.pullNumber === undefined) {
    io.info(`the ${event.name} event is not about a pull request: nothing to review`)
    return { findings: 0, pending: 0, readOnly: false }
  }
  if (event.name === 'issue_comment' && !commentConcernsGate(event)) {
    io.info('the comment is not a sign-off command: the gate is unchanged')
    return { findings: 0, pending: 0, readOnly: false }
  }

  const { owner, repo } = event
  const context = { value: inputs.statusContext.trim() || 'tos-guard' }
  const failed = async (sha: string | undefined, error: unknown): Promise<never> => {
    // A run that fails must not leave an earlier green status standing on this commit.
    if (sha) await setStatus(api, owner, repo, { sha, context: context.value, state: 'error', description: `tos-guard could not finish: ${describeError(error)}`.slice(0, 140) }, {}).catch(() => undefined)
    throw error
  }
  // Until the pull request is read, the event's head commit (GitHub's own payload) is the one to mark.
  const pull = await getPull(api, owner, repo, event.pullNumber).catch((error: unknown) => failed(payloadHeadSha(event), error))
  io.info(`pull request #${pull.number} (${pull.headSha.slice(0, 7)} onto ${pull.baseRef} at ${pull.baseSha.slice(0, 7)}, diff from ${pull.mergeBaseSha.slice(0, 7)})`)
  try {
    return await reviewPull(api, approverApi, event, pull, inputs, failOnInput, context, io)
  } catch (error) {
    return failed(pull.headSha, error)
  }
}

function payloadHeadSha(event: RunEvent): string | undefined {
  const pr = event.payload.pull_request as { head?: { sha?: unknown } } | undefined
  const sha = pr?.head?.sha
  return typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha) ? sha : undefined
}

async function reviewPull(
  api: Api,
  approverApi: Api | undefined,
  event: RunEvent,
  pull: PullInfo,
  inputs: RunInputs,
  failOnInput: Severity | undefined,
  contextRef: { value: string },
  io: RunIo,
): Promise<RunResult> {
  const { owner, repo } = event
  const policyPath = inputs.config.trim() || DEFAULT_POLICY_PATH
  const loaded = await loadConfigurationAt(api, owner, repo, pull.baseSha, policyPath)
  if (!loaded.parsed.ok) return reportBadPolicy(api, event, pull, inputs, io, loaded.parsed.errors.map(formatConfigError))
  const config = loaded.parsed.value
  io.info(loaded.found ? `policy: ${policyPath} as of ${pull.baseRef}` : `policy: none at ${policyPath} on ${pull.baseRef}; using the defaults`)
  const failOn = failOnInput ?? config.policy['fail-on']
  const context = inputs.statusContext.trim() || config.policy.status.context
  contextRef.value = context
  if ((await withdrawGreen(api, owner, repo, pull.headSha, context)) === 'withdrawn') io.info(`status ${context}: pending while re-evaluating an earlier success`)

  const listed = await listPullFiles(api, owner, repo, pull.number)
  const notes: string[] = []
  if (listed.truncated) notes.push(`This pull request changes more than ${listed.files.length} files; GitHub lists only the first ${listed.files.length}, so tos-guard could not review the rest. Split the pull request.`)
  const analyzer = { use: io.analyzer ?? inThread, ms: budgetMs(undefined, config.policy['time-budget']) }
  const reports = await analyzePull(api, owner, repo, pull, listed.files, config, policyPath, io.info, io.now.toISOString().slice(0, 10), runningWorkflowPath(io.env.GITHUB_WORKFLOW_REF, owner, repo), failOn, analyzer)

  // From here on, a failure must not lose the findings: they reach the job summary regardless.
  let jobWritten = false
  try {
    // The review: one per run, only what is new.
    const cap = Number(inputs.commentLimit.trim() || '30')
    const { state: reviewState, identity } = await readReviewState(api, owner, repo, pull.number)
    // The gate: who signed off what.
    const comments = await api.paginate(api.rest.issues.listComments, { owner, repo, issue_number: pull.number, per_page: 100 })
    const { comment: ownSummary, state: writtenState, shownState: previousState } = findOwnSummary(comments, identity)
    // The gate (src/gate/) decides; this reads what it needs and writes what it decided.
    const evaluation = evaluationOf(reports, failOn, pull.headSha, io.now.toISOString())
    const state = record(previousState, evaluation)
    const decision = await evaluateGate(api, approverApi, owner, repo, pull, config, reports, atOrAbove(failOn), state, comments)
    // Each comment names who can still sign, as the gate decided it: never the change's own writers.
    const signOff = signOffHint(config.policy['sign-off'], decision)
    const patches = new Map(listed.files.map((f) => [f.path, f.patch]))
    const plan = planReview(reports, patches, reviewState, signOff, Number.isFinite(cap) && cap >= 0 ? cap : 30)

    const missed = unreviewed(reports, listed.truncated ? PULL_FILES_LIMIT : undefined)
    const outcome = verdict(decision, missed)
    const gateState = outcome.state
    const statusDescription = outcome.description
    const gate: GateView = { state: gateState, headline: unreviewedHeadline(missed) ?? decision.headline, details: decision.details, signOff: decision }
    for (const a of expiredAcceptances(config.policy, io.now.toISOString().slice(0, 10))) notes.push(`The accepted finding ${a.id} expired on ${a.expires}: it needs sign-off again.`)
    const link = (file: FileReport, f: Finding): string => `${pull.htmlUrl}/files#diff-${sha256Hex(f.side === 'before' ? (file.previousPath ?? file.path) : file.path)}${f.side === 'before' ? 'L' : 'R'}${f.startLine}`
    // Whatever the rendering lets through, no marker survives but the leading one and the state.
    const noticeSection = writeNoticeDraft(io, reports, (path) => `${pull.htmlUrl.replace(/\/pull\/\d+$/, '')}/blob/${pull.headSha}/${path}`)
    const sections = noticeSection ? [noticeSection] : []
    const rendered = neutraliseMarkers(
      renderSummary({ files: reports, headSha: pull.headSha, baseSha: pull.mergeBaseSha, linkOf: link, notInline: plan.notInline, gate, notes, sections, drift: translationDrift(reports, config.policy.versions) }),
    )
    const summaryOf = (commentId: number | undefined): string => `${rendered}\n${renderState(state, commentId)}`
  const unmarkedOf = (commentId: number): string => `${rendered}\n${renderState(record(writtenState, evaluation), commentId)}`
    const summaryBody = summaryOf(undefined)
    const pending = pendingCount(reports, failOn)

    // The job gets everything before anything is written to GitHub: a failed write loses nothing.
    await writeJobOutputs(io, reports, summaryBody)
    jobWritten = true
    io.setOutput('decision', gateState)
    io.setOutput('pending', String(pending))

    let readOnly = false
    const guarded = async <T>(what: string, write: () => Promise<T>): Promise<T | undefined> => {
      if (readOnly) return undefined
      try {
        return await write()
      } catch (error) {
        if (!isReadOnlySignal(error)) throw error
        readOnly = true
        io.warning(
          `tos-guard cannot ${what}: ${describeError(error)}. The token is read-only (a pull request from a fork under pull_request, or Dependabot) or lacks that permission. Findings are in this job's summary and annotations instead; to comment and set the status, run tos-guard on pull_request_target: ${RECIPE}`,
        )
        return undefined
      }
    }
    const posted = await guarded('post review comments (pull-requests: write)', () => postReview(api, owner, repo, pull.number, pull.headSha, plan))
    if (posted && plan.body) io.info(`review: ${posted.comments} inline comment(s)${posted.fellBack ? ' (moved into the review body: the diff changed under us)' : ''}, ${plan.unanchored.length} in the body`)
    else if (posted) io.info('review: nothing new to comment on')
    const resolved = await guarded('resolve review threads (pull-requests: write)', () => resolveThreads(api, plan.resolve))
    if (resolved) io.info(`resolved ${resolved} thread(s) of findings that are gone`)
    const summaryWrite: SummaryWrite | undefined = await guarded('write the summary comment (pull-requests: write)', () => upsertSummary(api, owner, repo, pull.number, summaryOf, ownSummary, unmarkedOf))
    if (summaryWrite) io.info(`summary comment: ${summaryWrite}`)
    const targetUrl = ownSummary?.html_url ?? pull.htmlUrl
    const statusWrite = await guarded('set the commit status (statuses: write)', () =>
      setStatus(api, owner, repo, { sha: pull.headSha, context, state: gateState, description: statusDescription, targetUrl }, identity),
    )
    if (statusWrite) io.info(`status ${context}: ${gateState} (${statusWrite})`)
    if (config.policy.status['check-run']) {
      await guarded('create a check run (checks: write)', () => setCheckRun(api, owner, repo, { sha: pull.headSha, context, state: gateState, description: statusDescription }, summaryBody))
    }

    annotate(io, reports, readOnly)
    const failure = jobFailure(outcome, missed, decision, readOnly, pending, context)
    return { findings: reports.reduce((n, r) => n + r.findings.length, 0), pending, decision: gateState, readOnly, ...(failure ? { failure } : {}) }
  } catch (error) {
    if (!jobWritten) {
      const gate: GateView = { state: 'error', headline: 'could not finish the review', details: [`tos-guard could not finish: ${escapeInline(describeError(error))}`] }
      await writeJobOutputs(io, reports, neutraliseMarkers(renderSummary({ files: reports, headSha: pull.headSha, baseSha: pull.mergeBaseSha, gate, notes })))
    }
    throw error
  }
}

function commentConcernsGate(event: RunEvent): boolean {
  const comment = (event.payload.comment ?? {}) as { body?: unknown }
  const changes = (event.payload.changes ?? {}) as { body?: { from?: unknown } }
  const bodies = [comment.body, changes.body?.from].filter((b): b is string => typeof b === 'string')
  // The policy (not read yet) names the command; every command starts with "/".
  return bodies.some((b) => b.trim().startsWith('/'))
}

/** GitHub's anchor of a file in a pull request's diff: the SHA-256 of its path. */
function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
