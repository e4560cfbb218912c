/**
 * npm run bench, cold start: what a small `diff` costs a fresh process, taken apart. Wall time
 * of whole processes, medians, each kind run in turn so that all see the same machine load:
 *
 *   node -e 0                      Node's own start
 *   node dist/cli.js --version     + loading the bundle (parse and top-level evaluation)
 *   node dist/cli.js diff a b      + the first run (compiling patterns, cold code) and the work
 *
 * and, in one process, the first analysis of the pair against a second one: the difference is
 * what compiling costs a first run, whatever bundle carries the code.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

export interface ColdStart {
  bare: number
  load: number
  diff: number
  /** In-process: the first analysis of the pair, and the same analysis again. */
  first: number
  warm: number
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

function wall(args: string[]): number {
  const t = performance.now()
  spawnSync(process.execPath, args, { encoding: 'utf8' })
  return performance.now() - t
}

export function benchColdStart(root: string, reps: number): ColdStart {
  const cli = join(root, 'dist', 'cli.js')
  const example = (side: string): string => join(root, 'examples', 'acme-terms', `${side}.md`)
  const kinds = [['-e', '0'], [cli, '--version'], [cli, 'diff', example('before'), example('after')]]
  for (const args of kinds) wall(args)
  const times: number[][] = kinds.map(() => [])
  for (let i = 0; i < reps; i++) kinds.forEach((args, k) => times[k]?.push(wall(args)))
  const firstRuns: Array<{ first: number; warm: number }> = []
  for (let i = 0; i < Math.max(3, Math.ceil(reps / 3)); i++) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'bench-first-run.ts'), example('before'), example('after')], { encoding: 'utf8', cwd: root })
    firstRuns.push(JSON.parse(r.stdout || '{"first":0,"warm":0}') as { first: number; warm: number })
  }
  const [bare, load, diff] = times.map(median) as [number, number, number]
  return { bare, load, diff, first: median(firstRuns.map((r) => r.first)), warm: median(firstRuns.map((r) => r.warm)) }
}
