import type { Category, Severity } from '../analysis/types.js'

/** What code scanning shows for a rule: its title, what it detects, and how to act on it. */
export interface RuleText {
  name: string
  category: Category
  short: string
  full: string
  help: string
  /** The severity its findings usually have, for the rule's `security-severity`. */
  severity: Severity
}

/**
 * The built-in rules, one per detector (not per category), so code scanning can filter and
 * dismiss them separately. Rules from a policy's packs are described from their category.
 */
export const BUILTIN_RULES: Record<string, RuleText> = {
  'builtin/new-license-grant': {
    name: 'NewLicenseGrant',
    category: 'broad-license-grant',
    short: 'New licence over user content',
    full: 'The change adds a grant of rights over users\' content (to host, use, reproduce, modify, distribute …) where the previous version had none over that content.',
    help: 'A new licence decides what the company, and anyone it sublicenses to, may do with what users upload. Check each attribute (perpetual, irrevocable, sublicensable, transferable), each right and each purpose against what the service needs; narrow the grant to "solely to provide the Services" where it can be, and have counsel sign off.',
    severity: 'high',
  },
  'builtin/broader-license-grant': {
    name: 'BroaderLicenseGrant',
    category: 'broad-license-grant',
    short: 'Existing licence over user content made broader',
    full: 'An existing grant of rights over users\' content gains attributes (perpetual, irrevocable, sublicensable, "all other rights" …), rights, objects, purposes or grantees it did not have.',
    help: 'Compare the before/after attribute table in the finding. Each added word widens what the company may do with users\' content; remove what the service does not need, or make it opt-in, and have counsel sign off.',
    severity: 'high',
  },
  'builtin/ai-training': {
    name: 'AiTraining',
    category: 'ai-training',
    short: 'New permission to train AI on user content or data',
    full: 'The change lets the company use users\' content or data to train, fine-tune or improve artificial-intelligence or machine-learning models, which the previous version did not allow.',
    help: 'This is the change that made Zoom\'s 2023 terms front-page news. Make AI training opt-in, or state plainly that users\' content is not used to train models; have counsel and privacy counsel sign off.',
    severity: 'critical',
  },
  'builtin/ai-training-third-party': {
    name: 'AiTrainingThirdParty',
    category: 'ai-training',
    short: 'New permission for third parties to train AI on user content or data',
    full: 'The change lets partners, affiliates or other third parties use users\' content or data to train or improve their AI or machine-learning models.',
    help: 'Third-party training moves users\' content outside the company\'s control. Remove it, or make it opt-in and name the recipients; have counsel and privacy counsel sign off.',
    severity: 'critical',
  },
  'builtin/removed-protection': {
    name: 'RemovedProtection',
    category: 'removed-protection',
    short: 'Protective commitment removed',
    full: 'A promise that protected users ("we do not sell your personal data", "we do not use your content to train", "solely to provide the Services", an opt-out or a consent requirement) was deleted or weakened, and the new version does not restate it elsewhere.',
    help: 'Users relied on this promise; dropping it quietly is a material change that may need notice to users. Restore it, restate it elsewhere, or have counsel sign off on its removal and on the notice.',
    severity: 'high',
  },
  'builtin/broadened-definition': {
    name: 'BroadenedDefinition',
    category: 'broadened-definition',
    short: 'Defined term a grant relies on made wider',
    full: 'A defined term ("Customer Content" means …) that a licence or AI clause relies on now covers more, or has lost a carve-out, so every clause using it reaches further without its own words changing.',
    help: 'Read every clause that uses the term with the new definition. Keep the old scope, or have counsel sign off on each clause it widens.',
    severity: 'medium',
  },
  'builtin/widened-use': {
    name: 'WidenedUse',
    category: 'broad-license-grant',
    short: 'Existing use of user content or data widened',
    full: 'A changed statement of use ("we use X to …", a purposes-table row, a licence) adds a purpose, recipient, data source, model family or "any other …", or drops a limit it had (only, except, consent, a start date, a plan, a deletion period).',
    help: 'Compare the old and new wording word by word: what does the company now do with users\' content or data that it could not before, and for whom? Restore the dropped limit or have counsel sign off.',
    severity: 'medium',
  },
  'builtin/new-use': {
    name: 'NewUse',
    category: 'broad-license-grant',
    short: 'New use of user content or data',
    full: 'A new statement lets the company (or others) use users\' content or data for a purpose, sale or recipient the previous version did not state.',
    help: 'Check the new purpose against what users were told before; a new commercial use or recipient usually needs notice and consent. Have counsel sign off.',
    severity: 'medium',
  },
  'builtin/new-listed-case': {
    name: 'NewListedCase',
    category: 'ai-training',
    short: 'New case under an AI-training or licence lead-in',
    full: 'A list item added under a lead-in that permits AI training or grants a licence ("we use your prompts to train our models when: …") extends that permission to a new case.',
    help: 'Read the new item together with its lead-in: the permission now reaches it. Have counsel sign off.',
    severity: 'high',
  },
  'builtin/notice-date-unchanged': {
    name: 'NoticeDateUnchanged',
    category: 'notice',
    short: 'Material change, effective date not updated',
    full: 'The pull request makes a material change at or above fail-on, and the document\'s effective or last-updated date line is unchanged.',
    help: 'Move the effective date so that users get the notice the policy and the document promise; see `tos-guard notice` for a draft notice to users.',
    severity: 'high',
  },
  'builtin/notice-too-soon': {
    name: 'NoticeTooSoon',
    category: 'notice',
    short: 'Material change takes effect before the notice period ends',
    full: 'The new effective date is earlier than the evaluation date plus the notice period (from the policy or the document\'s own promise, whichever is longer).',
    help: 'Set the effective date at least the notice period away, and send the notice; `tos-guard notice` drafts it.',
    severity: 'high',
  },
  'builtin/suppression-added': {
    name: 'SuppressionAdded',
    category: 'policy-change',
    short: 'Inline tos-guard suppression added',
    full: 'The change adds a tos-guard-disable comment that hides findings in the document from sign-off.',
    help: 'A suppression changes what needs sign-off, so it needs sign-off itself. Check its rule and reason; prefer an accepted entry in the policy with an expiry date.',
    severity: 'high',
  },
  'builtin/policy-changed': {
    name: 'PolicyChanged',
    category: 'policy-change',
    short: 'tos-guard policy or rule pack changed',
    full: 'The change edits the tos-guard policy file or a rule pack it names, which decide what is reviewed and who signs off. The new policy takes effect only after merge.',
    help: 'Review the policy diff as carefully as a terms change: paths, fail-on, categories, approvers and accepted findings all change what reaches counsel.',
    severity: 'high',
  },
}

const CATEGORY_FALLBACK: Record<Category, Omit<RuleText, 'name' | 'category'>> = {
  'broad-license-grant': { short: 'Broader licence over user content (rule pack)', full: 'A rule from the policy\'s rule pack found a new or broader grant of rights over users\' content.', help: 'See the rule\'s message and remediation in the finding; have counsel sign off.', severity: 'high' },
  'ai-training': { short: 'AI training on user content or data (rule pack)', full: 'A rule from the policy\'s rule pack found a new permission to train AI on users\' content or data.', help: 'See the rule\'s message and remediation in the finding; have counsel sign off.', severity: 'critical' },
  'removed-protection': { short: 'Protection removed (rule pack)', full: 'A rule from the policy\'s rule pack found a protective commitment removed.', help: 'See the rule\'s message and remediation in the finding; have counsel sign off.', severity: 'high' },
  'broadened-definition': { short: 'Definition widened (rule pack)', full: 'A rule from the policy\'s rule pack found a defined term made wider.', help: 'See the rule\'s message and remediation in the finding; have counsel sign off.', severity: 'medium' },
  'policy-change': { short: 'Review policy changed (rule pack)', full: 'A rule from the policy\'s rule pack found a change to how tos-guard reviews.', help: 'See the rule\'s message and remediation in the finding; have counsel sign off.', severity: 'high' },
  notice: { short: 'Notice to users owed (rule pack)', full: 'A material change needs notice to users before it takes effect.', help: 'Update the effective date and send the notice; have counsel sign off.', severity: 'high' },
}

export function ruleText(id: string, category: Category): RuleText {
  const known = BUILTIN_RULES[id]
  if (known) return known
  const name = id.replace(/[^A-Za-z0-9]+(\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase())
  return { name, category, ...CATEGORY_FALLBACK[category] }
}

/** GitHub's code scanning reads `security-severity` (0–10) to label an alert critical, high, medium or low. */
export const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0' }
