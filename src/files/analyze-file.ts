import { createHash } from 'node:crypto'
import { analyze } from '../analysis/engine.js'
import { addNoticeDuties } from '../notice/hook.js'
import type { NoticeInputs } from '../notice/types.js'
import type { Finding } from '../analysis/types.js'
import { applyPolicy } from '../policy/apply.js'
import { policyLanguage } from '../policy/paths.js'
import type { Configuration } from '../policy/resolve.js'
import { applyInlineSuppressions } from '../policy/suppressions.js'
import { nearestLineMap } from '../report/line-map.js'
import type { FileNote, FileReport } from '../report/model.js'
import { decodeText } from './decode.js'

/** One changed file: its bytes on each side (undefined where the file does not exist). */
export interface ChangedFile {
  path: string
  previousPath?: string
  status: 'added' | 'modified' | 'renamed' | 'removed'
  before?: Uint8Array | string
  after?: Uint8Array | string
}

function text(side: 'old' | 'new', value: Uint8Array | string | undefined, notes: FileNote[]): string | undefined {
  if (value === undefined) return ''
  if (typeof value === 'string') return value
  const decoded = decodeText(value)
  if (decoded.ok) return decoded.text
  notes.push({ level: 'error', message: `the ${side} version cannot be analysed: ${decoded.reason}` })
  return undefined
}

export interface AnalyzeFileOptions {
  configuration?: Configuration
  /** Today as YYYY-MM-DD, for the expiry of accepted findings. */
  today?: string
  /** The documents' language (ISO 639-1) from the command line; before the policy's `languages`. */
  language?: string
  /** Check the publishing duties (src/notice) as of this evaluation date; off when absent. */
  notice?: NoticeInputs
}

/** Analyses one changed file; a file that cannot be read gets a note, never silence. */
export function analyzeChangedFile(file: ChangedFile, options: AnalyzeFileOptions = {}): FileReport {
  const notes: FileNote[] = []
  const before = text('old', file.before, notes)
  const after = text('new', file.after, notes)
  const report: FileReport = {
    path: file.path,
    status: file.status,
    ...(file.previousPath !== undefined && file.previousPath !== file.path ? { previousPath: file.previousPath } : {}),
    findings: [],
    notes,
  }
  if (before === undefined || after === undefined) return report
  const lineMap = lineMapOf(file, before, after)
  if (lineMap) report.nearestAfterLine = lineMap
  if (file.status === 'removed') notes.push({ level: 'warning', message: 'the file was deleted: every protection it stated counts as removed' })
  try {
    const config = options.configuration
    const language = options.language ?? (config ? policyLanguage(config.policy, file.path) : undefined)
    const result = analyze(before, after, {
      ...(config ? { pack: config.pack, ...(config.packs ? { packs: config.packs } : {}) } : {}),
      ...(language ? { language } : {}),
    })
    for (const n of result.notes) notes.push({ level: result.unread?.includes(n) ? 'error' : 'notice', message: n })
    const found = file.status === 'removed' ? [...result.findings, deletedDocument(file.path, before)] : result.findings
    const withInline = applyInlineSuppressions(found, before, after)
    report.findings = config ? applyPolicy(withInline, config.policy, options.today ?? '0000-00-00') : withInline
    if (options.notice) addNoticeDuties(report, before, after, config?.policy, options.notice, options.today ?? '0000-00-00')
  } catch (error) {
    // Fail closed and say so: a file tos-guard could not read must not pass as "no findings".
    notes.push({ level: 'error', message: `analysis failed: ${error instanceof Error ? error.message : String(error)}` })
  }
  return report
}

/** Where a line of the old version went in the new one (for removed protections), when both exist. */
function lineMapOf(file: ChangedFile, before: string, after: string): FileReport['nearestAfterLine'] {
  return file.status !== 'removed' && file.after !== undefined ? nearestLineMap(before, after) : undefined
}

/**
 * The line map of a report made elsewhere (a worker thread): a function does not cross threads,
 * so it is rebuilt from the file's texts.
 */
export function attachLineMap(report: FileReport, file: ChangedFile): FileReport {
  const side = (value: Uint8Array | string | undefined): string | undefined => {
    if (value === undefined || typeof value === 'string') return value ?? ''
    const decoded = decodeText(value)
    return decoded.ok ? decoded.text : undefined
  }
  const before = side(file.before)
  const after = side(file.after)
  const lineMap = before !== undefined && after !== undefined ? lineMapOf(file, before, after) : undefined
  return lineMap ? { ...report, nearestAfterLine: lineMap } : report
}

/**
 * Deleting a terms document is a finding of its own: every commitment it made goes with it,
 * whether or not tos-guard's vocabulary recognises them as protections. Its id hashes the deleted
 * text, so a sign-off covers exactly that deletion.
 */
function deletedDocument(path: string, before: string): Finding {
  const firstLine = before.split(/\r?\n/).find((l) => l.trim() !== '') ?? ''
  return {
    id: createHash('sha256').update(`document-deleted\n${path}\n${before}`).digest('hex').slice(0, 16),
    category: 'removed-protection',
    severity: 'high',
    side: 'before',
    startLine: 1,
    endLine: 1,
    excerpt: firstLine.slice(0, 300),
    added: ['the whole document'],
    message: `${path} is deleted: every commitment it made to users goes with it. Deleting a terms document needs the same sign-off as removing a protection.`,
    rule: 'builtin/document-deleted',
    score: 5,
    highlights: [],
  }
}
