/**
 * npm run bench — speed, growth (and its exponent), pathological shapes, memory, a peer tool,
 * cold start (the bundle's load and the first run apart) and API economy, each printed as ratios
 * measured in this one run on this machine (timed tests would be noise on shared
 * machines). Documents are built from the labelled corpus in ../shared/corpus/dev: real revisions
 * cut into ~50 kB pieces at text both versions share, joined into documents of each size.
 *
 *   npm run bench               everything
 *   npm run bench -- --quick    smaller sizes and fewer repetitions
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { analyze } from '../src/analysis/engine.js'
import { corpusPairs, documents, sizeOf, slice } from './bench-material.js'
import { defaultCorpusDir } from './corpus.js'
import { benchApiEconomy } from './bench-api.js'
import { benchShapes } from './bench-shapes.js'
import { benchColdStart } from './bench-start.js'
import { benchTextlint } from './bench-textlint.js'

const quick = process.argv.includes('--quick')
const root = join(import.meta.dirname, '..')
const corpus = defaultCorpusDir()
if (!existsSync(corpus)) {
  console.error(`tos-guard bench: no corpus at ${corpus} (set TOS_GUARD_CORPUS)`)
  process.exit(2)
}
const revisions = corpusPairs(corpus)
// Real revisions cut into ~50 kB pieces at text both versions share; quick runs use a fifth.
const allPieces = slice(revisions, 50_000)
const pieces = quick ? allPieces.slice(0, Math.ceil(allPieces.length / 5)) : allPieces
const material = pieces.reduce((n, p) => n + sizeOf(p), 0)

const floorParser = unified().use(remarkParse)
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
const kb = (bytes: number): string => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.round(bytes / 1e3)} kB`)
const ms = (x: number): string => `${x.toFixed(0)} ms`
const ratio = (x: number): string => `${x.toFixed(2)}x`

function time(f: () => void): number {
  const t = performance.now()
  f()
  return performance.now() - t
}

interface Pass {
  docs: number
  bytes: number
  floor: number
  engine: number
}

/**
 * All the material as documents of about `size` bytes per side: the parse floor and the engine
 * timed alternately on each document (both see the same machine load), summed over the
 * documents, median of `reps` passes.
 */
function pass(size: number, reps: number, withFloor = true): Pass {
  const docs = documents(pieces, size)
  const first = docs[0]
  if (first) analyze(first.before, first.after)
  const floors: number[] = []
  const engines: number[] = []
  for (let r = 0; r < reps; r++) {
    let floor = 0
    let engine = 0
    for (const d of docs) {
      if (withFloor) {
        floor += time(() => {
          floorParser.parse(d.before)
          floorParser.parse(d.after)
        })
      }
      engine += time(() => analyze(d.before, d.after))
    }
    floors.push(floor)
    engines.push(engine)
  }
  return { docs: docs.length, bytes: docs.reduce((n, d) => n + sizeOf(d), 0), floor: median(floors), engine: median(engines) }
}

function table(headers: string[], rows: string[][]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`
  console.log(line(headers))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const r of rows) console.log(line(r))
  console.log('')
}

console.log(`tos-guard bench — node ${process.version}, ${process.platform}-${process.arch}`)
console.log(`material: ${revisions.length} corpus revisions cut into ${pieces.length} pieces, ${kb(material)} (both sides)${quick ? ', quick run' : ''}\n`)

// 1. Engine cost against the parse floor.
console.log('1. Engine vs parsing both texts with unified().use(remarkParse), all material as documents of one size (target ≤ 2x; stretch ≤ 1x)\n')
const sizes = quick ? [50_000, 500_000] : [50_000, 500_000, 5_000_000]
const floorRows = sizes.map((s) => ({ s, ...pass(s, 3) }))
table(
  ['document (each side)', 'documents', 'parse floor', 'tos-guard', 'ratio'],
  floorRows.map((r) => [kb(r.bytes / r.docs / 2), String(r.docs), ms(r.floor), ms(r.engine), ratio(r.engine / r.floor)]),
)

// The growth exponent: time per document ~ size^k between the smallest and the largest documents.
const exponent = (rows: Array<{ docs: number; bytes: number; t: number }>): number => {
  const first = rows[0]
  const last = rows[rows.length - 1]
  if (!first || !last || first === last) return Number.NaN
  return Math.log(last.t / last.docs / (first.t / first.docs)) / Math.log(last.bytes / last.docs / (first.bytes / first.docs))
}
const span = `${kb(((floorRows[0]?.bytes ?? 0) / (floorRows[0]?.docs ?? 1)))} → ${kb(((floorRows.at(-1)?.bytes ?? 0) / (floorRows.at(-1)?.docs ?? 1)))} input`
console.log(`Growth exponent, ${span} (1 = linear): tos-guard ${exponent(floorRows.map((r) => ({ ...r, t: r.engine }))).toFixed(2)}, parse floor ${exponent(floorRows.map((r) => ({ ...r, t: r.floor }))).toFixed(2)}\n`)

// 2. Growth with document size.
console.log('2. Growth: the same material as documents 4x larger at each step (linear: the time per MB stays flat)\n')
const steps = quick ? [1, 4, 16] : [1, 4, 16, 64]
const growth = steps.map((k) => pass(50_000 * k, 3, false))
table(
  ['size', 'document (each side)', 'documents', 'time per document', 'size step', 'time step', 'ms per MB'],
  growth.map((r, i) => {
    const previous = growth[i - 1]
    const perDoc = r.engine / r.docs
    return [
      `${steps[i]}x`,
      kb(r.bytes / r.docs / 2),
      String(r.docs),
      ms(perDoc),
      previous ? ratio(r.bytes / r.docs / (previous.bytes / previous.docs)) : '—',
      previous ? ratio(perDoc / (previous.engine / previous.docs)) : '—',
      (r.engine / (r.bytes / 1e6)).toFixed(0),
    ]
  }),
)

// 2b. Shapes that stress one thing each, against the floor on the same text.
const shapeBytes = quick ? 60_000 : 300_000
console.log(`2b. Pathological shapes, about ${kb(shapeBytes)} a side, against the parse floor on the same text (target ≤ 2x, or a note where the floor itself is super-linear)\n`)
table(
  ['shape', 'input (both sides)', 'parse floor', 'tos-guard', 'ratio', 'findings'],
  benchShapes(shapeBytes, quick ? 1 : 3).map((r) => [r.name, kb(r.bytes), ms(r.floor), ms(r.engine), ratio(r.engine / r.floor), String(r.findings)]),
)

// 3. Peak memory, in a fresh process per size: the committed CLI bundle, RSS read at exit.
console.log('3. Peak memory (RSS) of node dist/cli.js diff (target: growth under 10x the input)\n')
const peakRss = (args: string[]): number => {
  const r = spawnSync(process.execPath, ['--require', join(root, 'scripts', 'rss-on-exit.cjs'), join(root, 'dist', 'cli.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
  return Number(/TOS_GUARD_PEAK_RSS=(\d+)/.exec(r.stderr)?.[1] ?? 0)
}
const heldHeap = (files: string[]): number => {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(root, 'scripts', 'bench-live.ts'), ...files], { encoding: 'utf8', cwd: root })
  return (JSON.parse(r.stdout || '{"held":0}') as { held: number }).held
}
const idleRss = peakRss(['--version'])
const memRows: string[][] = []
for (const s of quick ? [500_000] : [500_000, 5_000_000]) {
  const dir = mkdtempSync(join(tmpdir(), 'tos-guard-bench-'))
  const d = documents(pieces, s)[0] ?? { before: '', after: '' }
  const files = [join(dir, 'before.md'), join(dir, 'after.md')]
  writeFileSync(files[0] ?? '', d.before)
  writeFileSync(files[1] ?? '', d.after)
  const input = sizeOf(d)
  const peak = peakRss(['diff', ...files, '--format', 'json'])
  const held = heldHeap(files)
  memRows.push([kb(input), `${(idleRss / 1e6).toFixed(0)} MB`, `${(peak / 1e6).toFixed(0)} MB`, ratio((peak - idleRss) / input), `${(held / 1e6).toFixed(0)} MB`, ratio(held / input)])
}
table(['input (both sides)', 'CLI RSS at rest', 'peak RSS', 'RSS growth / input', 'heap held by the engine', 'held / input'], memRows)

// 4. The tool a user would otherwise pick.
console.log('4. textlint with a keyword dictionary rule (textlint-rule-ng-word) over the same files (target: tos-guard no slower)\n')
const tl = await benchTextlint(documents(pieces, 500_000)[0] ?? { before: '', after: '' }, quick ? 3 : 5)
table(['input (both sides)', 'textlint (both files)', 'tos-guard (diff + analysis)', 'tos-guard / textlint'], [[kb(tl.size), ms(tl.textlint), ms(tl.tosGuard), ratio(tl.tosGuard / tl.textlint)]])

// 5. Cold start of the committed bundle, taken apart.
console.log('5. Cold start: node dist/cli.js diff on a small pair vs node -e 0 (target under 3x); the bundle\'s load (--version) and the first run apart\n')
const cold = benchColdStart(root, quick ? 5 : 11)
table(
  ['node -e 0', 'node dist/cli.js diff', 'ratio', 'bundle load (--version − node -e 0)', 'first run (diff − --version)', 'in-process: first analysis', 'second analysis', 'dist/cli.js'],
  [[ms(cold.bare), ms(cold.diff), ratio(cold.diff / cold.bare), ms(cold.load - cold.bare), ms(cold.diff - cold.load), ms(cold.first), ms(cold.warm), kb(statSync(join(root, 'dist', 'cli.js')).size)]],
)

// 6. GitHub API economy, from a run of the bundled Action against the fake GitHub.
console.log('6. API requests per run of the Action (dist/index.js against the fake GitHub of the end-to-end tests)\n')
const api = await benchApiEconomy([1, 10, 100])
table(
  ['changed files', 'reads', 'writes', 're-run reads', 're-run writes'],
  api.map((a) => [String(a.files), String(a.reads), String(a.writes), String(a.rerunReads), String(a.rerunWrites)]),
)
