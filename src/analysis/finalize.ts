import { createHash } from 'node:crypto'
import type { Clause } from '../markdown/clauses.js'
import type { SeverityWeights } from '../rules/types.js'
import { severityOf, uniqueLabels, type AddedTerm, type DraftFinding } from './draft.js'
import type { Finding, Highlight } from './types.js'

const EXCERPT_LIMIT = 600

function excerptOf(clauses: readonly Clause[]): string {
  const text = clauses.map((c) => c.text).join(' ')
  return text.length > EXCERPT_LIMIT ? `${text.slice(0, EXCERPT_LIMIT - 1).trimEnd()}…` : text
}

function highlightsOf(draft: DraftFinding, terms: readonly AddedTerm[]): Highlight[] {
  const facts = draft.sideData.facts(draft.clauseIndex)
  const clause = draft.sideData.clause(draft.clauseIndex)
  const lines = draft.sideData.doc.lines
  const out: Highlight[] = []
  for (const t of terms) {
    if (!t.span) continue
    const start = t.span.start - facts.reading.contextLength
    const end = t.span.end - facts.reading.contextLength
    if (start < 0 || end > clause.text.length || end <= start) continue
    const from = lines.position(clause.mapped.offsetAt(start))
    const to = lines.position(clause.mapped.offsetAt(end - 1))
    out.push({
      line: from.line,
      startColumn: from.column,
      endColumn: to.line === from.line ? to.column + 1 : from.column + (end - start),
      text: clause.text.slice(start, end),
    })
  }
  return out
}

/** The paragraph or list a finding belongs to: findings of one category there become one. */
function groupKey(draft: DraftFinding): string {
  const clause = draft.sideData.clause(draft.clauseIndex)
  // Company rules keep their own findings: their message and severity are the rule's.
  const rule = draft.rule.startsWith('builtin/') ? '' : draft.rule
  return `${draft.category}|${draft.side}|${clause.blockId}|${rule}`
}

function fingerprint(category: string, clauses: readonly Clause[], added: readonly string[]): string {
  const hash = createHash('sha256')
  hash.update(category)
  hash.update('\n')
  for (const c of clauses) hash.update(`${c.norm}\n`)
  hash.update([...added].sort().join('|'))
  return hash.digest('hex').slice(0, 16)
}

/** Merges drafts on the same paragraph, then gives each finding its id, severity and lines. */
export function finalizeFindings(drafts: readonly DraftFinding[], weights: SeverityWeights): Finding[] {
  const groups = new Map<string, DraftFinding[]>()
  for (const d of drafts) {
    const key = groupKey(d)
    const list = groups.get(key)
    if (list) list.push(d)
    else groups.set(key, [d])
  }
  const findings: Finding[] = []
  for (const group of groups.values()) {
    group.sort((a, b) => a.clauseIndex - b.clauseIndex)
    const lead = group.reduce((a, b) => (b.score > a.score ? b : a))
    const clauses = group.map((d) => d.sideData.clause(d.clauseIndex))
    const added = uniqueLabels(group.flatMap((d) => d.added))
    const score = Math.max(...group.map((d) => d.score))
    const highlights = group.flatMap((d) => highlightsOf(d, d.added))
    const first = clauses[0]
    const last = clauses[clauses.length - 1]
    if (!first || !last) continue
    const finding: Finding = {
      id: fingerprint(lead.category, clauses, added),
      category: lead.category,
      severity: severityOf(score, weights),
      side: lead.side,
      startLine: first.startLine,
      endLine: Math.max(...clauses.map((c) => c.endLine)),
      excerpt: excerptOf(clauses),
      added,
      message: lead.describe(added),
      rule: lead.rule,
      score: Math.round(score * 100) / 100,
      highlights,
      ...(lead.comparison ? { comparison: lead.comparison } : {}),
      ...(lead.remediation ? { remediation: lead.remediation } : {}),
      ...(lead.previous
        ? { previous: { startLine: lead.previous.startLine, endLine: lead.previous.endLine, excerpt: excerptOf([lead.previous]) } }
        : {}),
    }
    findings.push(finding)
  }
  // Identical clauses repeated in a file get distinct, still stable, ids.
  const seen = new Map<string, number>()
  for (const f of findings.sort(byPosition)) {
    const n = seen.get(f.id) ?? 0
    seen.set(f.id, n + 1)
    if (n > 0) f.id = `${f.id}-${n + 1}`
  }
  return findings
}

export function byPosition(a: Finding, b: Finding): number {
  return a.side.localeCompare(b.side) || a.startLine - b.startLine || a.category.localeCompare(b.category) || a.endLine - b.endLine
}
