import { createHash } from 'node:crypto'
import type { Finding } from '../analysis/types.js'

/** An inline `<!-- tos-guard-disable TARGET reason="…" -->` comment. */
export interface Directive {
  /** A rule id ("builtin/ai-training"), a category ("ai-training") or "all". */
  target: string
  reason?: string
  line: number
  /** The lines it covers: the block right after it. */
  coversFrom: number
  coversTo: number
  text: string
  /**
   * A hash of the text it covers (whitespace folded). A directive is bound to that text: moved
   * onto another paragraph, or stretched over text added to its block, it is a new suppression.
   */
  coveredHash: string
}

/** The covered block, folded so that re-wrapping and indentation do not count as a change. */
function coveredHash(lines: readonly string[], from: number, to: number, sameLineRest: string): string {
  const block = [sameLineRest, ...lines.slice(from, to + 1)].join(' ').replace(/\s+/g, ' ').trim()
  return createHash('sha256').update(block).digest('hex').slice(0, 16)
}

const DIRECTIVE = /<!--\s*tos-guard-disable\s+([A-Za-z0-9/_.-]+)(?:\s+reason\s*=\s*(?:"([^"]*)"|'([^']*)'))?\s*-->/g

/** Finds the suppression comments of a document and the block each one covers. */
export function findDirectives(source: string): Directive[] {
  const lines = source.split(/\r?\n/)
  const out: Directive[] = []
  lines.forEach((lineText, index) => {
    DIRECTIVE.lastIndex = 0
    for (let m = DIRECTIVE.exec(lineText); m !== null; m = DIRECTIVE.exec(lineText)) {
      const rest = lineText.slice(m.index + m[0].length).trim()
      let from = rest.length > 0 ? index : index + 1
      while (from < lines.length && (lines[from] ?? '').trim() === '') from++
      let to = from
      while (to + 1 < lines.length && (lines[to + 1] ?? '').trim() !== '') to++
      const reason = (m[2] ?? m[3] ?? '').trim()
      // The directive's own line counts as covered text when it has text after the comment.
      const covered = rest.length > 0 ? coveredHash(lines, from + 1, to, rest) : coveredHash(lines, from, to, '')
      out.push({ target: m[1] ?? '', ...(reason ? { reason } : {}), line: index + 1, coversFrom: from + 1, coversTo: to + 1, text: m[0], coveredHash: covered })
    }
  })
  return out
}

function covers(d: Directive, f: Finding): boolean {
  return d.reason !== undefined && f.side === 'after' && f.startLine >= d.coversFrom && f.endLine <= d.coversTo && (d.target === 'all' || d.target === f.category || d.target === f.rule)
}

const normalise = (d: Directive): string => `${d.target}|${d.reason ?? ''}|${d.coveredHash}`

/**
 * Marks the findings an inline comment suppresses, and reports every suppression the change
 * adds: hiding a finding is itself a change that needs sign-off. A directive that was already
 * there counts as unchanged only if it still covers the same text; moved, or with text added
 * to (or changed in) its block, it is reported like a new one.
 */
export function applyInlineSuppressions(findings: readonly Finding[], before: string, after: string): Finding[] {
  const headDirectives = findDirectives(after)
  if (headDirectives.length === 0) return [...findings]
  const baseCounts = new Map<string, number>()
  for (const d of findDirectives(before)) baseCounts.set(normalise(d), (baseCounts.get(normalise(d)) ?? 0) + 1)
  const marked = findings.map((f) => {
    const d = headDirectives.find((x) => covers(x, f))
    return d ? { ...f, suppressed: { by: 'inline' as const, reason: d.reason ?? '', directive: `tos-guard-disable ${d.target}`, line: d.line } } : f
  })
  const added: Finding[] = []
  for (const d of headDirectives) {
    const key = normalise(d)
    const n = baseCounts.get(key) ?? 0
    if (n > 0) {
      baseCounts.set(key, n - 1)
      continue
    }
    const lines = d.coversFrom === d.coversTo ? `line ${d.coversFrom}` : `lines ${d.coversFrom}–${d.coversTo}`
    added.push({
      id: createHash('sha256').update(`policy-change\n${key}`).digest('hex').slice(0, 16),
      category: 'policy-change',
      severity: 'high',
      side: 'after',
      startLine: d.line,
      endLine: d.line,
      excerpt: d.text,
      added: [`suppression of ${d.target}`],
      message: d.reason
        ? `A tos-guard-disable comment was added, moved, or now covers changed text: it hides ${d.target} findings on ${lines} (reason: "${d.reason}"). Hiding a finding needs the same sign-off as the finding.`
        : `A tos-guard-disable comment was added without reason="…": it hides nothing until it says why.`,
      rule: 'builtin/suppression-added',
      score: 5,
      highlights: [],
    })
  }
  return [...marked, ...added]
}
