import { NOTICE_USAGE } from '../notice/cli.js'
/** The command line's help texts: one per command, so `tos-guard COMMAND --help` says only what applies. */

const OUTPUT_OPTIONS = `  --format FORMAT   text (default), json, sarif or markdown
  --fail-on LEVEL   exit 1 when a finding is at or above LEVEL: low, medium, high, critical
                    (default: the policy's fail-on, else low)
  -o, --output FILE write the report to FILE instead of stdout
  --language CODE   the documents' language as an ISO 639-1 code (en, fr, de, es, or one a
                    policy pack adds); default: the policy's \`languages\`, else detected
  --time-budget S   seconds the analysis of one file may take (default: the policy's
                    time-budget, else 60); past it, the file is an error (exit 2)
  -q, --quiet       no warnings or progress on stderr (errors still go there)
  -h, --help        this help`

const EXIT = 'Exit status: 0 no finding at or above --fail-on, 1 findings, 2 usage or input error.'

export const DIFF_USAGE = `Usage: tos-guard diff BEFORE.md AFTER.md [options]

Compares two Markdown files. Findings point at AFTER's lines, or at BEFORE's lines for removed
protections. Either file may be - to read it from stdin.

Options:
${OUTPUT_OPTIONS}
  --config FILE     a policy file to apply (default: none)
  --date YYYY-MM-DD the evaluation date for the notice period (default: today)
${EXIT}`

export const CHECK_USAGE = `Usage: tos-guard check [--base REF] [--head REF] [PATH|GLOB...] [options]

In a git checkout: compares the changed terms documents (the policy's paths; default every .md
and .markdown file) between --base (default: the merge base with the default branch) and --head
(default: the working tree, untracked files included). A change to the policy file or a rule
pack it names is a policy-change finding, as in the Action. PATHs and GLOBs limit the files
looked at; one that matches no file, or no terms document, is an error.

Options:
  --base REF        the accepted version (default: merge base with origin/HEAD, main or master)
  --head REF        the proposed version (default: the working tree)
${OUTPUT_OPTIONS}
  --config FILE     the policy file (default: .github/tos-guard.yml as of --base)
  --date YYYY-MM-DD the evaluation date for the notice period (default: today)
  --notice          print the draft notice to users instead of the findings
${EXIT}`

export const INIT_USAGE = `Usage: tos-guard init [--force]

Writes a commented starter policy (.github/tos-guard.yml) whose paths are the terms documents
found in the repository, and the recommended workflow (.github/workflows/tos-guard.yml). The
approvers are a placeholder that fails validation until you name who signs off.

Options:
  --force           overwrite existing files
  -h, --help        this help`

export const USAGE = `Usage:
  tos-guard diff BEFORE.md AFTER.md [--format text|json|sarif|markdown] [--fail-on SEVERITY] [--config FILE] [--language CODE] [--date YYYY-MM-DD]
  tos-guard check [--base REF] [--head REF] [PATH...] [--format …] [--fail-on SEVERITY] [--config FILE] [--language CODE] [--date YYYY-MM-DD] [--notice]
${NOTICE_USAGE}
  tos-guard init [--force]
  tos-guard --version | --help
  tos-guard COMMAND --help

Reports what a change to a terms document adds to the rights the company takes over users'
content: broader licence grants, AI-training purposes, removed protections, widened definitions.

  diff     compare two Markdown files (- reads one of them from stdin)
  notice   draft the notice to users, "What's changing in our Terms", for a change (Markdown
           on stdout; --lang picks its language, --url where the terms are published)
  check    in a git checkout: compare the changed terms documents between two revisions
  init     write a starter policy and the recommended workflow

Common options: --format, --fail-on, --time-budget SECONDS, -o/--output FILE, -q/--quiet. NO_COLOR turns colour off.
${EXIT}`
