/** The files `tos-guard init` writes: a commented starter policy and the recommended workflow. */

/** What a login placeholder reads as: not a valid login, so the policy fails until it is filled. */
export const APPROVER_PLACEHOLDER = '<github-login-of-counsel>'

/** Used when `init` finds no terms document: common names, never every Markdown file. */
export const FALLBACK_INCLUDE = ['**/terms*.md', '**/privacy*.md', '**/*-policy.md', 'legal/**/*.md']

/**
 * The starter policy, with `include` set to the terms documents found in the repository. The
 * approvers are a placeholder that the schema rejects (a login cannot contain "<"), so a policy
 * nobody finished fails validation on that line instead of silently letting anyone sign off.
 */
export function starterPolicy(include: readonly string[]): string {
  const globs = (include.length > 0 ? include : FALLBACK_INCLUDE).map((g) => `    - ${JSON.stringify(g)}`).join('\n')
  return `${STARTER_HEAD}
paths:
  include:
${globs}
  exclude:
    - "CHANGELOG.md"

${STARTER_BODY}`
}

const STARTER_HEAD = `# tos-guard policy: what counts as a terms document, what needs sign-off, and who signs off.
# Reference: https://github.com/tos-guard/tos-guard#policy-file
# The policy in force is always the one on the base branch: a pull request cannot weaken its own
# gate, and a pull request that changes this file needs sign-off itself.
# yaml-language-server: $schema=https://raw.githubusercontent.com/tos-guard/tos-guard/main/schema/tos-guard.schema.json
#
# paths.include lists your terms documents (tos-guard init found these): only changes to them
# are reviewed. Add any it missed.`

const STARTER_BODY = `# Lowest severity that needs sign-off: low, medium, high or critical.
fail-on: low

# Categories to report (all on by default).
categories:
  broad-license-grant: true
  ai-training: true
  removed-protection: true
  broadened-definition: true
  policy-change: true
  notice: true

# Your own words for users' content and for your AI systems.
vocabulary:
  content-terms: []        # e.g. ["Member Content", "Creator Assets"]
  ai-terms: []             # e.g. ["Acme Brain"]

# Rule packs kept in this repository (same format as schema/tos-guard-pack.schema.json).
# Terms in English, French, German and Spanish are read with built-in packs; a pack with
# "language: it" (or any ISO 639-1 code) adds a language with no code, or adds words to one.
packs: []

# The language of documents by path; without an entry it is detected from the text.
languages: []              # e.g. [{ pattern: "terms/fr/**", language: fr }]

# Documents that are versions of one text (translations): a pull request that adds a finding
# to one and leaves the others unchanged gets a note naming them.
versions: []               # e.g. [[terms/en.md, terms/fr.md, terms/de.md]]

# Who may sign off. Teams need a token that can read organisation membership.
# REPLACE the placeholder with counsel's GitHub login: until then this policy fails validation.
approvers:
  default:
    users: ["${APPROVER_PLACEHOLDER}"]
    teams: []              # e.g. [acme/legal]
  categories: {}           # e.g. { ai-training: { users: [privacy-counsel] } }
  paths: []                # e.g. [{ pattern: "privacy/**", users: [dpo] }]

sign-off:
  methods: [review, comment]   # review, comment (the command below), label
  command: /tos-guard sign-off
  label: "tos-guard: signed off"

status:
  context: tos-guard       # the status to require in branch protection
  check-run: false

# Findings counsel accepted for good: id, reason and expiry date.
accepted: []

# Publishing duties: days of notice users get before a material change takes effect (the
# document's own promise, e.g. "at least 30 days' notice", wins when it is longer).
notice:
  days: 30
  paths: []                # e.g. [{ pattern: "legal/privacy.md", days: 60 }]
  categories: {}           # e.g. { ai-training: 60 }
`

export const RECOMMENDED_WORKFLOW = `# tos-guard: reviews changes to terms documents and holds them for counsel's sign-off.
# Require the "tos-guard" status in branch protection (or a ruleset) on your default branch.
name: tos-guard

on:
  # pull_request_target runs this workflow from the base branch with a token that can comment,
  # even for pull requests from forks. tos-guard never checks out or runs the pull request's
  # code: it reads the Markdown through the API as data.
  pull_request_target:
    types: [opened, synchronize, reopened, ready_for_review, labeled, unlabeled]
  pull_request_review:
    types: [submitted, edited, dismissed]
  issue_comment:
    types: [created, edited]
  merge_group:
  workflow_dispatch:
    inputs:
      pull-request:
        description: Number of the pull request to review
        required: true

permissions:
  contents: read
  pull-requests: write
  issues: read
  statuses: write

concurrency:
  group: tos-guard-\${{ github.event.pull_request.number || github.event.issue.number || inputs.pull-request || github.ref }}
  cancel-in-progress: false

jobs:
  tos-guard:
    if: github.event_name != 'issue_comment' || github.event.issue.pull_request
    runs-on: ubuntu-latest
    steps:
      - uses: tos-guard/tos-guard@v1
        with:
          token: \${{ secrets.GITHUB_TOKEN }}
`
