import { receiveMessageOnPort } from 'node:worker_threads'
import type { FileReport } from '../report/model.js'
import { analyzeChangedFile, attachLineMap, type AnalyzeFileOptions, type ChangedFile } from './analyze-file.js'
import { startWorker, type StartedWorker } from './worker-start.js'
export { bundledWorkerPath } from './worker-start.js'

/*
 * A wall-clock budget per file (issue 11, item 11). Parsing and analysis are synchronous: a slow
 * path that no bound on the text foresees cannot be interrupted in the thread that runs it. So each
 * file is analysed in a worker thread (dist/worker.js), which is terminated past the budget; the
 * file gets an error note and the next file goes to a fresh worker.
 *
 * The caller waits synchronously (Atomics.wait, then receiveMessageOnPort), so the command line
 * stays synchronous and the Action's loop over files is unchanged. The worker is started when the
 * analyzer is made, so that it loads while the caller reads files or the API; its start-up is not
 * counted against any file's budget.
 */

/** Seconds per file when the policy does not say. */
export const DEFAULT_TIME_BUDGET_SECONDS = 60
/** How long a worker may take to load before each of its files is an error instead. */
const START_LIMIT_MS = 60_000

/** Analyses one changed file, within `budgetMs` where it can enforce one. */
export interface FileAnalyzer {
  analyze(file: ChangedFile, options: AnalyzeFileOptions, budgetMs: number): FileReport
  /** Stops the worker, if any. */
  close(): void
}

/** Analysis in the caller's thread, with no budget: for tests and callers that bring their own. */
export const inThread: FileAnalyzer = {
  analyze: (file, options) => analyzeChangedFile(file, options),
  close: () => undefined,
}

/** What the worker is sent, and what it answers (see src/files/worker.ts). */
export interface WorkerRequest {
  seq: number
  file: ChangedFile
  options: AnalyzeFileOptions
}
export type WorkerReply = { seq: number; report: FileReport } | { seq: number; error: string }

/** Waits until flags[at] holds `value` or `ms` pass; true when it does. */
function waitFor(flags: Int32Array, at: number, value: number, ms: number): boolean {
  const deadline = performance.now() + ms
  for (;;) {
    const current = Atomics.load(flags, at)
    if (current === value) return true
    const left = deadline - performance.now()
    if (left <= 0) return false
    Atomics.wait(flags, at, current, left)
  }
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toPrecision(3))} s`
}

/** The budget in milliseconds: a command-line value, else the policy's, else the default (seconds). */
export function budgetMs(seconds: number | undefined, policySeconds: number | undefined): number {
  return (seconds ?? policySeconds ?? DEFAULT_TIME_BUDGET_SECONDS) * 1000
}

/** Analyses each file in a worker thread started from `workerPath`, stopped past the budget. */
export function workerAnalyzer(workerPath: string): FileAnalyzer {
  let seq = 0
  const start = (): StartedWorker | undefined => startWorker(workerPath)
  let running = start()
  const stop = (): void => {
    running?.port.close()
    void running?.worker.terminate().catch(() => undefined)
    running = undefined
  }

  const note = (file: ChangedFile, message: string): FileReport => ({
    path: file.path,
    status: file.status,
    ...(file.previousPath !== undefined && file.previousPath !== file.path ? { previousPath: file.previousPath } : {}),
    findings: [],
    notes: [{ level: 'error', message }],
  })

  return {
    analyze(file, options, budgetMs) {
      running ??= start()
      if (!running) return note(file, `the analysis worker ${workerPath} is missing, so this file could not be analysed within a time budget; rebuild with npm run bundle`)
      const current = running
      if (!waitFor(current.flags, 0, 1, START_LIMIT_MS)) {
        stop()
        return note(file, `the analysis worker did not start within ${seconds(START_LIMIT_MS)}, so this file was not analysed`)
      }
      const request: WorkerRequest = { seq: ++seq, file, options }
      current.port.postMessage(request)
      if (!waitFor(current.flags, 1, request.seq, budgetMs)) {
        // The worker is stuck in synchronous code: only terminating the thread stops it.
        stop()
        return note(file, `the analysis did not finish within ${seconds(budgetMs)} (the policy's time-budget): tos-guard stopped it, so this file is not reviewed; raise time-budget, or split the document`)
      }
      let reply: WorkerReply | undefined
      for (let m = receiveMessageOnPort(current.port); m; m = receiveMessageOnPort(current.port)) {
        const message = m.message as WorkerReply
        if (message.seq === request.seq) reply = message
      }
      if (!reply) return note(file, 'the analysis worker answered without a report')
      if ('error' in reply) return note(file, `analysis failed: ${reply.error}`)
      return attachLineMap(reply.report, file)
    },
    close: stop,
  }
}
