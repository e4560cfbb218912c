import { CATEGORIES, type Category, type Finding } from '../analysis/types.js'
import { HOMEPAGE, VERSION } from '../version.js'
import type { FileReport } from './model.js'

const DESCRIPTIONS: Record<Category, string> = {
  'broad-license-grant': 'A new grant of rights over user content, or an existing grant made broader.',
  'ai-training': 'A new purpose or permission to use user content or data for AI / machine-learning training.',
  'removed-protection': 'A protective commitment deleted or weakened without being restated elsewhere.',
  'broadened-definition': 'A defined term that a grant relies on made wider.',
  'policy-change': 'A change to how tos-guard itself reviews the terms: a suppression or the policy file.',
  notice: 'A material change whose effective date was not moved, or moved to less than the notice period away.',
}

function level(f: Finding): 'error' | 'warning' | 'note' {
  return f.severity === 'critical' || f.severity === 'high' ? 'error' : f.severity === 'medium' ? 'warning' : 'note'
}

/** SARIF 2.1.0, for code scanning. Removed-text findings point at the new file's first line. */
export function renderSarif(files: readonly FileReport[]): string {
  const results = files.flatMap((file) =>
    file.findings.map((f) => {
      const onBefore = f.side === 'before'
      return {
        ruleId: f.category,
        level: level(f),
        message: { text: onBefore ? `${f.message} (previous version, lines ${f.startLine}-${f.endLine})` : f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: file.path },
              region: onBefore ? { startLine: 1 } : { startLine: f.startLine, endLine: f.endLine },
            },
          },
        ],
        partialFingerprints: { 'tosGuardFindingId/v1': f.id },
        ...(f.suppressed ? { suppressions: [{ kind: f.suppressed.by === 'inline' ? 'inSource' : 'external', justification: f.suppressed.reason }] } : {}),
        properties: { severity: f.severity, side: f.side, added: f.added, excerpt: f.excerpt, rule: f.rule },
      }
    }),
  )
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'tos-guard',
            version: VERSION,
            informationUri: HOMEPAGE,
            rules: CATEGORIES.map((id) => ({
              id,
              name: id.replace(/(^|-)(\w)/g, (_, __: string, c: string) => c.toUpperCase()),
              shortDescription: { text: DESCRIPTIONS[id] },
              defaultConfiguration: { level: 'error' },
              properties: { tags: ['legal', 'terms-of-service'] },
            })),
          },
        },
        results,
      },
    ],
  }
  return `${JSON.stringify(sarif, null, 2)}\n`
}
