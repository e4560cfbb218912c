import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FileReport } from '../report/model.js'
import { renderNotice } from './draft.js'

/** Where the Action writes, as far as the draft notice needs it. */
interface NoticeIo {
  env: Record<string, string | undefined>
  setOutput: (name: string, value: string) => void
}

/** Bounds the summary's copy of the draft; the whole draft is always in the file the output names. */
const SECTION_LIMIT = 20_000

/**
 * The Action's draft notice to users: written to a file named by the `notice` output (empty
 * when no change needs notice), and returned as a collapsed summary section. Links point at each
 * document as of the pull request's head, where GitHub renders its heading anchors.
 */
export function writeNoticeDraft(io: NoticeIo, reports: readonly FileReport[], blobUrl: (path: string) => string): string | undefined {
  const draft = renderNotice(reports, { urlOf: (file) => blobUrl(file.path) })
  if (draft === undefined) {
    io.setOutput('notice', '')
    return undefined
  }
  const path = join(io.env.RUNNER_TEMP ?? io.env.TMPDIR ?? '/tmp', 'tos-guard-notice.md')
  writeFileSync(path, draft)
  io.setOutput('notice', path)
  const shown = draft.length > SECTION_LIMIT ? `${draft.slice(0, draft.lastIndexOf('\n', SECTION_LIMIT))}\n\n_… cut here; the whole draft is in the file the \`notice\` output names._\n` : draft
  return ['<details>', "<summary>Draft notice to users: what's changing in the terms (for counsel to edit)</summary>", '', shown.trimEnd(), '', '</details>'].join('\n')
}
