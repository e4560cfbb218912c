import * as core from '@actions/core'

/** The Action's entry point (built in a later step). */
export async function run(): Promise<void> {
  core.setFailed('tos-guard: the GitHub Action is not built yet; use the CLI (node dist/cli.js)')
  await Promise.resolve()
}
