/**
 * npm run eval [-- --verbose] [-- --json] [-- CORPUS_DIR]
 * Scores the engine on the labelled corpus: recall on positives, false-alarm rate on negatives.
 */
import { defaultCorpusDir, evaluateCase, loadCorpus, score, type CaseResult } from './corpus.js'

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const json = args.includes('--json')
const dir = args.find((a) => !a.startsWith('--')) ?? defaultCorpusDir()
const only = process.env.CASE

const cases = loadCorpus(dir).filter((c) => !only || c.name.includes(only))
if (cases.length === 0) {
  console.error(`tos-guard eval: no corpus cases under ${dir}`)
  process.exit(2)
}

const results: CaseResult[] = []
for (const c of cases) {
  results.push(evaluateCase(c))
  if (!json) process.stderr.write('.')
}
if (!json) process.stderr.write('\n')
const s = score(results)

if (json) {
  console.log(
    JSON.stringify(
      {
        recall: s.recall,
        falseAlarmRate: s.falseAlarmRate,
        positives: s.positives.length,
        negatives: s.negatives.length,
        misses: s.misses.map((r) => r.case.name),
        falseAlarms: s.falseAlarms.map((r) => r.case.name),
        ambiguous: s.ambiguous.map((r) => ({ name: r.case.name, expectFlag: r.case.expectFlag, findings: r.findings.length, found: r.found })),
      },
      null,
      2,
    ),
  )
} else {
  const show = (r: CaseResult): void => {
    for (const f of r.findings) {
      console.log(`    ${f.side}:${f.startLine}-${f.endLine} ${f.severity} ${f.category} [${f.added.join(', ')}] ${f.excerpt.slice(0, 160)}`)
    }
  }
  for (const r of results) {
    const verdict = r.case.ambiguous ? 'ambiguous' : r.case.expectFlag ? (r.found ? 'found' : 'MISSED') : r.findings.length > 0 ? 'FALSE ALARM' : 'quiet'
    if (verbose || verdict === 'MISSED' || verdict === 'FALSE ALARM') {
      console.log(`${verdict.padEnd(11)} ${r.case.name} (${r.findings.length} findings, ${r.millis.toFixed(0)} ms)`)
      if (verbose || verdict === 'FALSE ALARM' || verdict === 'MISSED') show(r)
    }
  }
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`
  console.log('')
  console.log(`positives found: ${s.positives.length - s.misses.length}/${s.positives.length}  recall ${pct(s.recall)}  (target 100%)`)
  console.log(`negatives with any finding: ${s.falseAlarms.length}/${s.negatives.length}  false-alarm rate ${pct(s.falseAlarmRate)}  (target at most 5%)`)
  console.log(`ambiguous (not scored): ${s.ambiguous.map((r) => `${r.case.name}=${r.findings.length > 0 ? 'flagged' : 'quiet'}`).join(', ')}`)
  if (s.misses.length > 0) console.log(`misses: ${s.misses.map((r) => r.case.name).join(', ')}`)
  if (s.falseAlarms.length > 0) console.log(`false alarms: ${s.falseAlarms.map((r) => r.case.name).join(', ')}`)
}
