import { severityRank, type Finding, type Severity } from '../analysis/types.js'
import { HOMEPAGE, VERSION } from '../version.js'
import type { FileReport } from './model.js'
import { BUILTIN_RULES, ruleText, SECURITY_SEVERITY } from './sarif-rules.js'

/**
 * SARIF's `level` has three steps for four severities: critical and high are both `error`; they
 * stay apart through `rank` (SARIF's priority, 0–100) and, for code scanning, `security-severity`.
 */
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' }
const RANK: Record<Severity, number> = { critical: 95, high: 80, medium: 50, low: 20 }

/** A repository path as a relative URI reference: each segment percent-encoded, `/` kept. */
export function pathToUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

function region(startLine: number, endLine: number): { startLine: number; endLine: number } {
  return { startLine: Math.max(1, startLine), endLine: Math.max(1, startLine, endLine) }
}

function location(path: string, startLine: number, endLine: number) {
  return { physicalLocation: { artifactLocation: { uri: pathToUri(path) }, region: region(startLine, endLine) } }
}

/**
 * Where a finding shows in code scanning, which shows results on the new version of a file only.
 * Removed text is located in the new file at the clause it was compared with, or the nearest line
 * to where it was, and the deleted lines of the base version are a related location the message
 * links to. A deleted file has no new version: its results point at the old one.
 */
function locate(file: FileReport, f: Finding) {
  if (f.side !== 'before') return { locations: [location(file.path, f.startLine, f.endLine)], message: f.message }
  const basePath = file.previousPath ?? file.path
  if (file.status === 'removed') return { locations: [location(basePath, f.startLine, f.endLine)], message: `${f.message} (the file is deleted; lines of the previous version)` }
  const near = f.previous ? [f.previous.startLine, f.previous.endLine] : [file.nearestAfterLine?.(f.startLine) ?? 1, file.nearestAfterLine?.(f.startLine) ?? 1]
  const lines = `lines ${f.startLine}–${f.endLine} of the previous version`
  return {
    locations: [location(file.path, near[0] ?? 1, near[1] ?? 1)],
    message: `${f.message} The removed text was at [${lines}](1)${basePath !== file.path ? ` (${basePath})` : ''}.`,
    relatedLocations: [{ id: 1, ...location(basePath, f.startLine, f.endLine), message: { text: `Removed text (${lines})` } }],
  }
}

/** SARIF 2.1.0 for code scanning: one rule per detector rule, results fingerprinted by finding id. */
export function renderSarif(files: readonly FileReport[]): string {
  const all = files.flatMap((file) => file.findings.map((f) => ({ file, f })))
  // The built-in rules always, in a fixed order, then any pack rule that has results.
  const ids = [...Object.keys(BUILTIN_RULES), ...[...new Set(all.map(({ f }) => f.rule))].filter((id) => !(id in BUILTIN_RULES)).sort()]
  const worst = new Map<string, Severity>()
  for (const { f } of all) {
    const seen = worst.get(f.rule)
    if (seen === undefined || severityRank(f.severity) > severityRank(seen)) worst.set(f.rule, f.severity)
  }
  const rules = ids.map((id) => {
    const text = ruleText(id, all.find(({ f }) => f.rule === id)?.f.category ?? 'policy-change')
    // Code scanning labels an alert by its rule: the worst severity this run found, else the usual one.
    const severity = worst.get(id) ?? text.severity
    return {
      id,
      name: text.name,
      shortDescription: { text: text.short },
      fullDescription: { text: text.full },
      help: { text: text.help, markdown: `**${text.short}.** ${text.full}\n\n**What to do:** ${text.help}\n\nSee [tos-guard](${HOMEPAGE}#${text.category}).` },
      helpUri: HOMEPAGE,
      defaultConfiguration: { level: LEVEL[text.severity] },
      properties: { tags: ['legal', 'terms-of-service', text.category], 'security-severity': SECURITY_SEVERITY[severity], precision: 'high' },
    }
  })
  const results = all.map(({ file, f }) => {
    const where = locate(file, f)
    return {
      ruleId: f.rule,
      ruleIndex: ids.indexOf(f.rule),
      level: LEVEL[f.severity],
      rank: RANK[f.severity],
      message: { text: where.message },
      locations: where.locations,
      ...(where.relatedLocations ? { relatedLocations: where.relatedLocations } : {}),
      partialFingerprints: { 'tosGuardFindingId/v1': f.id },
      ...(f.suppressed ? { suppressions: [{ kind: f.suppressed.by === 'inline' ? 'inSource' : 'external', justification: f.suppressed.reason }] } : {}),
      properties: {
        severity: f.severity,
        'security-severity': SECURITY_SEVERITY[f.severity],
        category: f.category,
        side: f.side,
        ...(f.side === 'before' ? { removed: f.added } : { added: f.added }),
        excerpt: f.excerpt,
      },
    }
  })
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'tos-guard', version: VERSION, semanticVersion: VERSION, informationUri: HOMEPAGE, rules } }, results }],
  }
  return `${JSON.stringify(sarif, null, 2)}\n`
}

