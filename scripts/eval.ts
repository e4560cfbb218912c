/**
 * npm run eval [-- --verbose] [-- --json] [-- DIR ...]
 * Scores the engine on labelled revisions: recall on positives, false-alarm rate on negatives,
 * per folder and per language. Without DIR: shared/corpus/dev, shared/corpus/dev2 and the
 * unseen fixtures written for the tests (__tests__/fixtures/unseen).
 */

import { defaultCorpusDirs, evaluateCase, loadCorpus, score, type CaseResult } from './corpus.js'

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const json = args.includes('--json')
const dirs = args.filter((a) => !a.startsWith('--'))
const only = process.env.CASE

const folders = (dirs.length > 0 ? dirs : defaultCorpusDirs()).map((dir) => ({
  dir,
  cases: loadCorpus(dir).filter((c) => !only || c.name.includes(only)),
}))
if (folders.every((f) => f.cases.length === 0)) {
  console.error(`tos-guard eval: no labelled cases under ${folders.map((f) => f.dir).join(', ')}`)
  process.exit(2)
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`
const rows: { folder: string; language: string; found: number; positives: number; falseAlarms: number; negatives: number }[] = []
const report: Record<string, unknown>[] = []
const all: CaseResult[] = []
const t0 = performance.now()
for (const { dir, cases } of folders) {
  const results: CaseResult[] = []
  for (const c of cases) {
    results.push(evaluateCase(c))
    if (!json && process.stderr.isTTY) process.stderr.write('.')
  }
  all.push(...results)
  const folder = dir.split(/[\\/]/).filter(Boolean).slice(-1)[0] ?? dir
  const languages = [...new Set(results.map((r) => r.case.language))].sort()
  for (const language of ['all', ...languages]) {
    const s = score(results.filter((r) => language === 'all' || r.case.language === language))
    rows.push({ folder, language, found: s.positives.length - s.misses.length, positives: s.positives.length, falseAlarms: s.falseAlarms.length, negatives: s.negatives.length })
    if (language === 'all') report.push({ folder, recall: s.recall, falseAlarmRate: s.falseAlarmRate, misses: s.misses.map((r) => r.case.name), falseAlarms: s.falseAlarms.map((r) => r.case.name) })
  }
  if (!json) {
    for (const r of results) {
      const verdict = r.case.ambiguous ? 'ambiguous' : r.case.expectFlag ? (r.found ? 'found' : 'MISSED') : r.findings.length > 0 ? 'FALSE ALARM' : 'quiet'
      if (verbose || verdict === 'MISSED' || verdict === 'FALSE ALARM') {
        console.log(`${verdict.padEnd(11)} ${folder}/${r.case.name} [${r.case.language}] (${r.findings.length} findings)`)
        for (const f of r.findings) console.log(`    ${f.side}:${f.startLine}-${f.endLine} ${f.severity} ${f.rule} [${f.added.join(', ')}] ${f.excerpt.slice(0, 160)}`)
      }
    }
  }
}
const seconds = (performance.now() - t0) / 1000
if (json) {
  console.log(JSON.stringify({ folders: report, table: rows }, null, 2))
} else {
  if (process.stderr.isTTY) process.stderr.write('\n')
  console.log('')
  console.log(`${'folder'.padEnd(10)} ${'lang'.padEnd(5)} ${'recall'.padStart(14)} ${'false alarms'.padStart(16)}`)
  for (const r of rows) {
    const recall = r.positives === 0 ? '-' : `${r.found}/${r.positives} ${pct(r.found / r.positives)}`
    const fa = r.negatives === 0 ? '-' : `${r.falseAlarms}/${r.negatives} ${pct(r.falseAlarms / r.negatives)}`
    console.log(`${r.folder.padEnd(10)} ${r.language.padEnd(5)} ${recall.padStart(14)} ${fa.padStart(16)}`)
  }
  const s = score(all)
  console.log(`\n${all.length} cases in ${seconds.toFixed(1)} s; overall recall ${pct(s.recall)}, false alarms ${pct(s.falseAlarmRate)} (targets: 100% / at most 3% per folder)`)
}

