/**
 * npm run screenshots: renders an inline comment, the 40-finding summary and the summary after a
 * partial sign-off to HTML (GitHub's light theme), and screenshots them with headless Chromium
 * into docs/. Run by hand when the rendering changes; CI does not (it has no browser).
 *
 * Needs Chromium: `apt-get install -y chromium` on Debian, or CHROMIUM=/path/to/chrome.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { analyze } from '../src/analysis/engine.js'
import { renderClauseComment } from '../src/report/comment.js'
import { renderSummary } from '../src/report/summary.js'
import { BASE, HEAD, fortyFindings, gateFor } from '../__tests__/helpers/summary-fixture.js'
import { commentPage } from './screenshots-page.js'

const root = join(import.meta.dirname, '..')
const WIDTH = 1000
const browser = process.env.CHROMIUM ?? 'chromium'

function chromium(args: string[]): string {
  // As root (containers), Chromium refuses to start without this.
  const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : []
  const run = spawnSync(browser, ['--headless', '--disable-gpu', '--hide-scrollbars', ...sandbox, ...args], { encoding: 'utf8', timeout: 60_000 })
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`screenshots: "${browser}" was not found. Install Chromium (Debian: apt-get install -y chromium) or set CHROMIUM to its path.`)
    process.exit(1)
  }
  if (run.status !== 0) throw new Error(`${browser} ${args.join(' ')} failed (${run.status ?? run.signal}): ${run.stderr}`)
  return run.stdout
}

/** Renders a page twice: once to read its height (the page measures itself), once to shoot it at that size. */
function shoot(html: string, png: string, dir: string): void {
  const file = join(dir, `${png}.html`)
  writeFileSync(file, html)
  const url = pathToFileURL(file).href
  const dom = chromium([`--window-size=${WIDTH},800`, '--dump-dom', url])
  const height = Number(/data-height="(\d+)"/.exec(dom)?.[1] ?? '') || 2000
  chromium([`--window-size=${WIDTH},${height}`, `--screenshot=${join(root, 'docs', png)}`, url])
  console.log(`docs/${png} (${WIDTH}×${height})`)
}

/** The clause of the Acme example with the most findings, as its inline comment shows it. */
function inlineComment(): { markdown: string; context: string } {
  const before = readFileSync(join(root, 'examples', 'acme-terms', 'before.md'), 'utf8')
  const after = readFileSync(join(root, 'examples', 'acme-terms', 'after.md'), 'utf8')
  const findings = analyze(before, after).findings.filter((f) => f.side === 'after')
  const byLine = new Map<number, typeof findings>()
  for (const f of findings) byLine.set(f.startLine, [...(byLine.get(f.startLine) ?? []), f])
  const clause = [...byLine.values()].sort((a, b) => b.length - a.length)[0]
  const first = clause?.[0]
  if (!clause || !first) throw new Error('the Acme example has no findings on its new text')
  const lines = after.split('\n').slice(first.startLine - 1, first.endLine)
  return { markdown: renderClauseComment(clause, { text: 'an approving review, or a comment `/tos-guard sign-off` from @counsel-carol. Signing off covers the findings flagged now; a later change to them needs a new sign-off.' }), context: lines.map((l, i) => `${first.startLine + i} + ${l}`).join('\n') }
}

const dir = mkdtempSync(join(tmpdir(), 'tos-guard-shots-'))
try {
  const files = fortyFindings()
  const inline = inlineComment()
  shoot(commentPage(inline.markdown, { author: 'github-actions', context: inline.context }), 'inline-comment.png', dir)
  shoot(commentPage(renderSummary({ files, headSha: HEAD, baseSha: BASE, gate: gateFor(files) }), { author: 'github-actions' }), 'summary-40-findings.png', dir)
  // Expanded, the first folded file shows its findings' states.
  shoot(commentPage(renderSummary({ files, headSha: HEAD, baseSha: BASE, gate: gateFor(files, { signed: true }) }), { author: 'github-actions', openDetails: 1 }), 'summary-partial-sign-off.png', dir)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
