import * as core from '@actions/core'
import { describeError } from './github/api.js'
import { SetupError } from './github/event.js'
import { runAction, type RunIo } from './github/run.js'
import { bundledWorkerPath, workerAnalyzer } from './files/budget.js'

/** The Action's entry point: inputs in, the run, outputs and a clear failure out. */
export async function run(): Promise<void> {
  // Started now, the worker loads while the run reads the pull request and the policy.
  const analyzer = workerAnalyzer(bundledWorkerPath(import.meta.url))
  const io: RunIo = {
    analyzer,
    env: process.env,
    now: new Date(),
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    annotate: (level, message, where) => {
      const properties = { file: where.file, startLine: where.startLine, endLine: where.endLine, title: where.title }
      if (level === 'error') core.error(message, properties)
      else if (level === 'warning') core.warning(message, properties)
      else core.notice(message, properties)
    },
    writeJobSummary: async (markdown) => {
      if (!process.env.GITHUB_STEP_SUMMARY) return
      await core.summary.addRaw(markdown).write({ overwrite: true })
    },
    setOutput: (name, value) => core.setOutput(name, value),
  }
  try {
    const token = core.getInput('token')
    if (!token) throw new SetupError('the token input is empty: pass token: ${{ secrets.GITHUB_TOKEN }} (or an app token)')
    const result = await runAction(
      {
        token,
        approverToken: core.getInput('approver-token'),
        config: core.getInput('config'),
        failOn: core.getInput('fail-on'),
        statusContext: core.getInput('status-context'),
        pullRequest: core.getInput('pull-request'),
        commentLimit: core.getInput('comment-limit'),
      },
      io,
    )
    if (result.failure) core.setFailed(`tos-guard: ${result.failure}`)
  } catch (error) {
    if (error instanceof Error && error.stack) core.debug(error.stack)
    core.setFailed(error instanceof SetupError ? `tos-guard: ${error.message}` : `tos-guard failed: ${describeError(error)}`)
  } finally {
    analyzer.close()
  }
}
