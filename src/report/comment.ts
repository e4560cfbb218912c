import type { Category, FrameSummary, Finding } from '../analysis/types.js'
import { findingMarker } from '../github/markers.js'
import { escapeInline, truncate } from './escape.js'
import { lineRange, severityBadge } from './markdown.js'

export const CATEGORY_TITLES: Record<Category, string> = {
  'broad-license-grant': 'Broader licence over user content',
  'ai-training': 'New AI-training purpose',
  'removed-protection': 'Protection removed',
  'broadened-definition': 'Definition widened',
  'policy-change': 'Change to how tos-guard reviews',
  notice: 'Notice to users',
}

const WHY: Record<Category, string> = {
  'broad-license-grant': 'A broader licence lets the company, and anyone it sublicenses to, do more with users\' content for longer; users and the press read these words first.',
  'ai-training': 'Training AI on users\' content or data is the change that made Zoom\'s 2023 terms front-page news; users and regulators expect to be asked first.',
  'removed-protection': 'Users relied on this promise; dropping it quietly is a material change that may need notice to users.',
  'broadened-definition': 'Every licence or AI clause that uses this defined term now reaches further, although its own words did not change.',
  'policy-change': 'It changes what tos-guard holds for sign-off, so it needs the same sign-off as the findings it affects.',
  notice: 'Users must be told of a material change before it applies: the terms promise it, consumer and data-protection law expect it.',
}

export function whyItMatters(category: Category): string {
  return WHY[category]
}

/** Bold every added word inside the (escaped) excerpt. */
export function highlightedExcerpt(f: Finding, max = 700): string {
  const excerpt = truncate(f.excerpt, max)
  const words = [...new Set(f.highlights.map((h) => h.text).filter((t) => t.trim().length > 1))].sort((a, b) => b.length - a.length)
  if (words.length === 0) return escapeInline(excerpt)
  const parts: string[] = []
  let rest = excerpt
  while (rest.length > 0) {
    let best: { at: number; word: string } | undefined
    for (const w of words) {
      const at = rest.indexOf(w)
      if (at !== -1 && (best === undefined || at < best.at)) best = { at, word: w }
    }
    if (!best) {
      parts.push(escapeInline(rest))
      break
    }
    parts.push(escapeInline(rest.slice(0, best.at)), `**${escapeInline(best.word.trim())}**${best.word.endsWith(' ') ? ' ' : ''}`)
    rest = rest.slice(best.at + best.word.length)
  }
  return parts.join('')
}

function comparisonTable(before: FrameSummary | undefined, after: FrameSummary, added: readonly string[]): string {
  const rows: Array<[string, keyof FrameSummary]> = [
    ['Attributes', 'attributes'],
    ['Rights', 'rights'],
    ['Content covered', 'objects'],
    ['Purposes', 'purposes'],
    ['Also granted to', 'grantees'],
  ]
  const cell = (items: readonly string[] | undefined, mark: boolean): string =>
    items && items.length > 0 ? items.map((i) => (mark && added.includes(i) ? `**${escapeInline(i)}**` : escapeInline(i))).join(', ') : '—'
  const lines = rows
    .filter(([, key]) => (before?.[key].length ?? 0) > 0 || after[key].length > 0)
    .map(([label, key]) => `| ${label} | ${before ? cell(before[key], false) : 'no such licence'} | ${cell(after[key], true)} |`)
  if (lines.length === 0) return ''
  return ['| | before | after |', '|---|---|---|', ...lines].join('\n')
}

export interface SignOffHint {
  /** e.g. "an approving review from @alice or @bob, or a `/tos-guard sign-off` comment from them" */
  text: string
}

/** The body of an inline review comment: what changed, before/after, why it matters, how to sign off. */
export function renderFindingComment(f: Finding, signOff: SignOffHint): string {
  const out: string[] = []
  out.push(`**${severityBadge(f)} · ${CATEGORY_TITLES[f.category]}** · \`${f.rule}\``, '')
  out.push(escapeInline(f.message), '')
  if (f.comparison) {
    const table = comparisonTable(f.comparison.before, f.comparison.after, f.added)
    if (table) out.push(table, '')
  } else if (f.added.length > 0) {
    out.push(`${f.side === 'before' ? 'Removed' : 'Added'}: ${f.added.map((a) => `**${escapeInline(a)}**`).join(', ')}`, '')
  }
  out.push(`> ${highlightedExcerpt(f)}`, '')
  if (f.previous && !f.comparison) out.push(`<sub>Compared with lines ${lineRange(f.previous)} of the ${f.side === 'before' ? 'new' : 'previous'} version.</sub>`, '')
  out.push(`**Why it matters:** ${whyItMatters(f.category)}`, '')
  if (f.remediation) out.push(`**How to fix:** ${escapeInline(f.remediation)}`, '')
  if (f.suppressed) out.push(`_Suppressed (${f.suppressed.by}): ${escapeInline(f.suppressed.reason)} — no sign-off needed._`, '')
  else out.push(`**To sign off:** ${signOff.text}`, '')
  out.push(`<sub>tos-guard finding \`${f.id}\`</sub>`, findingMarker(f.id))
  return out.join('\n')
}
