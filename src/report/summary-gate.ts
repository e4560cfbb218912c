import type { Finding } from '../analysis/types.js'
import type { Decision } from '../gate/decide.js'
import type { Unreviewed } from '../gate/outcome.js'
import { escapeInline, truncate } from './escape.js'

/** What the summary shows of the gate's decision: per-finding sign-offs, who can still sign, how. */
export type SignOffView = Pick<Decision, 'coveredBy' | 'remaining' | 'signOffCommand' | 'outstanding' | 'methods' | 'label'>

const short = (sha: string): string => sha.slice(0, 7)
const mention = (login: string): string => `@${login}`

function suppressedState(s: NonNullable<Finding['suppressed']>): string {
  const reason = s.reason ? `: ${escapeInline(truncate(s.reason, 120))}` : ''
  if (s.by === 'accepted') return `suppressed: accepted in the policy${s.expires ? ` until ${s.expires}` : ''}${reason}`
  const where = s.line !== undefined ? ` (line ${s.line})` : ''
  return s.directive ? `suppressed by \`${s.directive}\`${where}${reason}` : `suppressed by an inline comment${where}${reason}`
}

/** The summary's headline when something went unreviewed (never green), or undefined. */
export function unreviewedHeadline(missed: Unreviewed): string | undefined {
  const what = [
    ...(missed.listingLimit !== undefined ? [`the files past the first ${missed.listingLimit.toLocaleString('en-US')} that GitHub lists`] : []),
    // Paths come from the pull request: escaped like any text it controls.
    ...missed.unreadable.map((p) => escapeInline(p)),
  ]
  return what.length > 0 ? `could not read ${what.join(', ')}` : undefined
}

/**
 * A finding's sign-off state, for its row. Without the gate's view (the job summary of a failed
 * run, the CLI) a finding that is not suppressed can only be called open.
 */
export function findingState(f: Finding, view: SignOffView | undefined): string {
  if (f.suppressed) return suppressedState(f.suppressed)
  if (!view) return 'open'
  const signs = view.coveredBy.get(f.id)
  // The gate requires every finding at or above fail-on that is not suppressed; this one it does not.
  if (!signs) return 'below fail-on: no sign-off needed'
  if (signs.length === 0) return 'open'
  return `✅ signed off by ${signs.map((s) => `${mention(s.by)} at \`${short(s.sha)}\` (${s.method})`).join('; ')}`
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

const longestTicks = (text: string): number => Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length))

/** A fence longer than any run of backticks in the text, so the command shows exactly as it must be typed. */
function fenced(text: string): string[] {
  const fence = '`'.repeat(Math.max(3, longestTicks(text) + 1))
  return [`${fence}text`, text, fence]
}

/** A code span that shows the text as typed: backslash escapes would show inside one. */
function codeSpan(text: string): string {
  const ticks = '`'.repeat(longestTicks(text) + 1)
  return ticks.length > 1 ? `${ticks} ${text} ${ticks}` : `${ticks}${text}${ticks}`
}

/**
 * The block under the headline while findings are open: who can still sign (never whoever wrote
 * the change), what to change in the policy when nobody can, and the comment to copy.
 */
export function signOffBlock(view: SignOffView, headSha: string): string[] {
  const open = view.outstanding.length
  if (open === 0) return []
  const r = view.remaining
  const who = [...r.logins.map(mention), ...r.teams.map((t) => `members of ${mention(t)}`), ...(r.writers ? ['a maintainer with write access'] : [])]
  const out = [`**Who can still sign off:** ${who.length > 0 ? who.join(', ') : 'nobody eligible (see below)'}`, '']
  const total = view.coveredBy.size
  out.push(open === total ? `${plural(total, 'finding needs', 'findings need')} sign-off; none is signed off yet.` : `${open} of ${total} findings that need sign-off are still open.`, '')
  if (r.selfApprovers.length > 0) {
    const names = r.selfApprovers.map(mention).join(', ')
    out.push(`> [!IMPORTANT]\n> ${names} ${r.selfApprovers.length === 1 ? 'is an approver but wrote' : 'are approvers but wrote'} this change, so cannot sign it off: another approver must.`, '')
  }
  for (const u of r.unsignable) {
    if (u.unverifiedTeams.length > 0) {
      const teams = u.unverifiedTeams.map(mention).join(', ')
      out.push(`> [!CAUTION]\n> No approver tos-guard can check for ${plural(u.ids.length, 'finding')}: it cannot read the members of ${teams} (under \`${u.policyKey}\`). Give it a token that can (the approver-token input), or list approvers by login there.`, '')
      continue
    }
    out.push(`> [!CAUTION]\n> No eligible approver for ${plural(u.ids.length, 'finding')}: every approver under \`${u.policyKey}\` wrote this change. Add another approver there in the policy.`, '')
  }
  const ways = [
    ...(view.methods.includes('review') ? ['an approving review'] : []),
    ...(view.methods.includes('label') ? [`the label ${codeSpan(view.label)}`] : []),
  ]
  if (view.signOffCommand) {
    const lead = ways.length > 0 ? `To sign off: ${ways.join(', ')}, or this comment` : 'To sign off, post this comment'
    out.push(`${lead} (as its first line, unedited). It covers the findings flagged at \`${short(headSha)}\` that the signer may sign; a later change to them needs a new sign-off.`, '', ...fenced(view.signOffCommand), '')
  } else if (ways.length > 0) {
    out.push(`To sign off: ${ways.join(', or ')}. It covers the findings flagged now; a later change to them needs a new sign-off.`, '')
  }
  return out
}
