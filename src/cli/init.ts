import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { DEFAULT_POLICY_PATH } from '../policy/load.js'
import { RECOMMENDED_WORKFLOW, starterPolicy } from '../policy/templates.js'
import type { CliIo } from './common.js'
import { repositoryRoot, workingFiles } from './git.js'
import { INIT_USAGE } from './usage.js'

export const WORKFLOW_PATH = '.github/workflows/tos-guard.yml'

/** Words in a file or folder name that mark a terms document. */
const TERMS_WORD = /^(?:terms|tos|terms-of-(?:service|use)|privacy|legal|polic(?:y|ies)|eula|agreements?|conditions|cookies?|dpa|acceptable-use|aup|subprocessors?|data-processing)$/i
const MARKDOWN = /\.(?:md|markdown)$/i

function termsWords(segment: string): boolean {
  return segment.replace(MARKDOWN, '').split(/[-_.\s]+|(?=-)/).some((w) => TERMS_WORD.test(w)) || TERMS_WORD.test(segment.replace(MARKDOWN, ''))
}

/**
 * The include globs for the terms documents of a repository: a folder named like "legal" or
 * "policies" becomes `folder/**∕*.md`, other files named like terms are listed one by one.
 * READMEs, changelogs and docs are left out: an edit to them is not a change of terms.
 */
export function detectTermsGlobs(files: readonly string[]): { globs: string[]; found: number } {
  const globs = new Set<string>()
  let found = 0
  for (const file of files) {
    if (!MARKDOWN.test(file) || file.startsWith('node_modules/') || file.includes('/node_modules/')) continue
    const parts = file.split('/')
    const folder = parts.slice(0, -1).findIndex((p) => termsWords(p))
    if (folder !== -1) {
      globs.add(`${parts.slice(0, folder + 1).join('/')}/**/*.md`)
      found++
    } else if (termsWords(parts.at(-1) ?? '')) {
      globs.add(file)
      found++
    }
  }
  return { globs: [...globs].sort(), found }
}

/** `tos-guard init`: writes the starter policy and workflow at the repository root. */
export function runInit(args: string[], io: CliIo): number {
  const { values } = parseArgs({ args, options: { force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } })
  if (values.help) {
    io.stdout(`${INIT_USAGE}\n`)
    return 0
  }
  let root: string
  let files: string[] = []
  try {
    root = repositoryRoot(io.cwd)
    files = workingFiles(root)
  } catch {
    root = io.cwd
  }
  const { globs, found } = detectTermsGlobs(files)
  const targets: Array<[string, string]> = [
    [DEFAULT_POLICY_PATH, starterPolicy(globs)],
    [WORKFLOW_PATH, RECOMMENDED_WORKFLOW],
  ]
  const existing = targets.filter(([path]) => existsSync(join(root, path)))
  if (existing.length > 0 && !values.force) {
    io.stderr(`tos-guard: ${existing.map(([p]) => p).join(' and ')} already exist${existing.length === 1 ? 's' : ''}; use --force to overwrite\n`)
    return 2
  }
  io.stdout(
    found > 0
      ? `found ${found} terms document${found === 1 ? '' : 's'}: paths.include is ${globs.join(', ')}\n`
      : 'found no terms documents by name: paths.include lists common names; edit it to name yours\n',
  )
  for (const [path, text] of targets) {
    const full = join(root, path)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, text)
    io.stdout(`wrote ${relative(io.cwd, full) || path}\n`)
  }
  io.stdout(`next: replace the approver placeholder in ${DEFAULT_POLICY_PATH} with counsel's GitHub login (the policy fails until you do), require the "tos-guard" status in your branch protection, then open a pull request.\n`)
  return 0
}
