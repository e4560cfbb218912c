import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { DEFAULT_POLICY_PATH } from '../policy/load.js'
import { RECOMMENDED_WORKFLOW, STARTER_POLICY } from '../policy/templates.js'
import { repositoryRoot } from './git.js'
import type { CliIo } from './run.js'

export const WORKFLOW_PATH = '.github/workflows/tos-guard.yml'

/** `tos-guard init`: writes the starter policy and workflow at the repository root. */
export function runInit(args: string[], io: CliIo): number {
  const { values } = parseArgs({ args, options: { force: { type: 'boolean', default: false } } })
  let root: string
  try {
    root = repositoryRoot(io.cwd)
  } catch {
    root = io.cwd
  }
  const targets: Array<[string, string]> = [
    [DEFAULT_POLICY_PATH, STARTER_POLICY],
    [WORKFLOW_PATH, RECOMMENDED_WORKFLOW],
  ]
  const existing = targets.filter(([path]) => existsSync(join(root, path)))
  if (existing.length > 0 && !values.force) {
    io.stderr(`tos-guard: ${existing.map(([p]) => p).join(' and ')} already exist${existing.length === 1 ? 's' : ''}; use --force to overwrite\n`)
    return 2
  }
  for (const [path, text] of targets) {
    const full = join(root, path)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, text)
    io.stdout(`wrote ${relative(io.cwd, full) || path}\n`)
  }
  io.stdout('next: require the "tos-guard" status in your branch protection, then open a pull request.\n')
  return 0
}
