import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { analyze } from '../src/analysis/engine.js'
import type { Finding } from '../src/analysis/types.js'

/** The labelled revisions of public terms in shared/corpus (format: shared/corpus/README.md). */
export interface Evidence {
  in: 'after.md' | 'before.md'
  text: string
}

export interface CorpusCase {
  name: string
  dir: string
  expectFlag: boolean
  ambiguous: boolean
  categories: string[]
  evidence: Evidence[]
  note: string
  /** ISO 639-1 code from case.json; "en" when absent. */
  language: string
}

export interface CaseResult {
  case: CorpusCase
  findings: Finding[]
  /** Positives: a finding covers a line of an evidence string on its side. */
  found: boolean
  millis: number
}

export function defaultCorpusDir(): string {
  return resolve(process.env.TOS_GUARD_CORPUS ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'dev'))
}

/** The labelled folders `npm run eval` and the corpus suite score by default. */
export function defaultCorpusDirs(): string[] {
  if (process.env.TOS_GUARD_CORPUS) return process.env.TOS_GUARD_CORPUS.split(',').map((d) => resolve(d))
  const shared = join(import.meta.dirname, '..', '..', 'shared', 'corpus')
  return [join(shared, 'dev'), join(shared, 'dev2'), join(import.meta.dirname, '..', '__tests__', 'fixtures', 'unseen')]
}

export function loadCorpus(dir: string): CorpusCase[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'case.json')))
    .map((d) => {
      const raw = JSON.parse(readFileSync(join(dir, d.name, 'case.json'), 'utf8')) as Record<string, unknown>
      const evidence = [...((raw.evidence as Evidence[] | undefined) ?? []), ...((raw.evidence_second_labeller as Evidence[] | undefined) ?? [])]
      return {
        name: d.name,
        dir: join(dir, d.name),
        expectFlag: raw.expect_flag === true,
        ambiguous: raw.ambiguous === true,
        categories: (raw.categories as string[] | undefined) ?? [],
        evidence,
        note: typeof raw.note === 'string' ? raw.note : '',
        language: typeof raw.language === 'string' ? raw.language : 'en',
      }
    })
    .sort((a, b) => a.name.localeCompare(b.name))
}

/** The 1-based lines an exact substring of `source` occupies. */
export function linesOf(source: string, text: string): [number, number] | undefined {
  const at = source.indexOf(text)
  if (at === -1) return undefined
  const start = source.slice(0, at).split('\n').length
  const end = start + text.split('\n').length - 1
  return [start, end]
}

export function evaluateCase(c: CorpusCase): CaseResult {
  const before = readFileSync(join(c.dir, 'before.md'), 'utf8')
  const after = readFileSync(join(c.dir, 'after.md'), 'utf8')
  const t0 = performance.now()
  const { findings } = analyze(before, after)
  const millis = performance.now() - t0
  const found = c.evidence.some((e) => {
    const side = e.in === 'after.md' ? 'after' : 'before'
    const lines = linesOf(side === 'after' ? after : before, e.text)
    if (!lines) return false
    return findings.some((f) => f.side === side && f.startLine <= lines[1] && f.endLine >= lines[0])
  })
  return { case: c, findings, found, millis }
}

export interface Scores {
  positives: CaseResult[]
  negatives: CaseResult[]
  ambiguous: CaseResult[]
  recall: number
  falseAlarmRate: number
  misses: CaseResult[]
  falseAlarms: CaseResult[]
}

export function score(results: readonly CaseResult[]): Scores {
  const positives = results.filter((r) => !r.case.ambiguous && r.case.expectFlag)
  const negatives = results.filter((r) => !r.case.ambiguous && !r.case.expectFlag)
  const ambiguous = results.filter((r) => r.case.ambiguous)
  const misses = positives.filter((r) => !r.found)
  const falseAlarms = negatives.filter((r) => r.findings.length > 0)
  return {
    positives,
    negatives,
    ambiguous,
    misses,
    falseAlarms,
    recall: positives.length === 0 ? 1 : (positives.length - misses.length) / positives.length,
    falseAlarmRate: negatives.length === 0 ? 0 : falseAlarms.length / negatives.length,
  }
}
