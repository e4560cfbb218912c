import { severityRank, type Category, type FrameSummary, type Finding } from '../analysis/types.js'
import type { Decision, Method } from '../gate/decide.js'
import { findingMarker } from './markers.js'
import { escapeInline } from './escape.js'
import { lineRange, severityBadge } from './markdown.js'
import { centredExcerpt, redline } from './redline.js'

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

/** The excerpt with every added word in bold, centred on them (escaped). */
export function highlightedExcerpt(f: Finding, max = 700): string {
  return centredExcerpt(f.excerpt, f.highlights.map((h) => h.text), max)
}

/**
 * The quote of the clause: old → new as a word-level redline when the finding has a counterpart
 * in the other version, otherwise the clause with what was added in bold.
 */
function clauseQuote(f: Finding): string[] {
  if (!f.previous) return [`> ${highlightedExcerpt(f)}`]
  const [oldText, newText] = f.side === 'before' ? [f.excerpt, f.previous.excerpt] : [f.previous.excerpt, f.excerpt]
  const [oldLines, newLines] = f.side === 'before' ? [lineRange(f), lineRange(f.previous)] : [lineRange(f.previous), lineRange(f)]
  return [`**Old → new** <sub>(old lines ${oldLines} → new lines ${newLines}; ~~removed~~, **added**)</sub>`, '', `> ${redline(oldText, newText)}`]
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

/** How each comment says to sign off: the policy's ways, from whom the gate says can still sign (never the change's own writers). */
export function signOffHint(signOff: { methods: readonly Method[]; command: string; label: string }, decision: Pick<Decision, 'remaining' | 'outstanding'>): SignOffHint {
  const r = decision.remaining
  const who = [...r.logins.map((l) => `@${l}`), ...r.teams.map((t) => `@${t}`)]
  const anyWriter = 'a maintainer with write access who did not write the change'
  const whom =
    who.length > 0
      ? `${who.join(', ')}${r.writers ? `, or ${anyWriter}` : ''}`
      : r.writers
        ? anyWriter
        : decision.outstanding.length > 0
          ? 'an approver who did not write the change (none can sign yet: see the summary)'
          : 'an approver the policy names'
  const ways: string[] = []
  if (signOff.methods.includes('review')) ways.push('an approving review')
  if (signOff.methods.includes('comment')) ways.push(`a comment \`${signOff.command}\``)
  if (signOff.methods.includes('label')) ways.push(`the label \`${signOff.label}\``)
  return { text: `${ways.join(', or ')} from ${whom}. Signing off covers the findings flagged now; a later change to them needs a new sign-off.` }
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
  out.push(...clauseQuote(f), '')
  out.push(`**Why it matters:** ${whyItMatters(f.category)}`, '')
  if (f.remediation) out.push(`**How to fix:** ${escapeInline(f.remediation)}`, '')
  if (f.suppressed) out.push(`_Suppressed (${f.suppressed.by}): ${escapeInline(f.suppressed.reason)} — no sign-off needed._`, '')
  else out.push(`**To sign off:** ${signOff.text}`, '')
  out.push(`<sub>tos-guard finding \`${f.id}\`</sub>`, findingMarker(f.id))
  return out.join('\n')
}

/**
 * One comment for every finding on one clause: the most severe in full (its redline shows the
 * whole change), the others as a line each, and every finding's marker, so that re-runs see each
 * id as already commented.
 */
export function renderClauseComment(findings: readonly Finding[], signOff: SignOffHint): string {
  const [main, ...others] = [...findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity))
  if (!main) return ''
  if (others.length === 0) return renderFindingComment(main, signOff)
  const body = renderFindingComment(main, signOff)
  const cut = body.lastIndexOf('**Why it matters:**')
  const also = ['**Also on this clause:**', '']
  for (const f of others) {
    const what = f.added.length > 0 ? ` ${f.side === 'before' ? 'Removed' : 'Added'}: ${f.added.map((a) => `**${escapeInline(a)}**`).join(', ')}.` : ''
    also.push(`- **${severityBadge(f)} · ${CATEGORY_TITLES[f.category]}** · \`${f.rule}\` — ${escapeInline(f.message)}${what}`)
  }
  also.push('')
  const trailer = others.map((f) => `<sub>tos-guard finding \`${f.id}\`</sub>${findingMarker(f.id)}`)
  return [body.slice(0, cut), ...also, '', body.slice(cut), ...trailer].join('\n')
}
