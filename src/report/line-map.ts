import { requirePackage } from '../util/require-package.js'

type DiffModule = typeof import('diff')
let diffModule: DiffModule | undefined
/** The map is built only for reporters that ask for it (SARIF): other runs never load the library. */
const loadDiff = (): DiffModule => (diffModule ??= (typeof require === 'function' ? require('diff') : requirePackage('diff')) as DiffModule)

/** A line diff of a whole document must not hold up a run: past this, lines are clamped instead. */
const DIFF_TIMEOUT_MS = 2000

/**
 * Maps a line of the old version to the nearest line of the new one: a kept line to where it
 * went, a deleted line to the line that now stands where it was. Reporters that can only point at
 * the new file (code scanning) use it for text that was removed. Built on first use.
 */
export function nearestLineMap(before: string, after: string): (beforeLine: number) => number {
  let table: Int32Array | undefined
  const afterLines = Math.max(1, after.split('\n').length - (after.endsWith('\n') ? 1 : 0))
  const build = (): Int32Array => {
    const beforeLines = before.split('\n').length + 1
    const out = new Int32Array(beforeLines + 1)
    const changes = loadDiff().diffLines(before, after, { timeout: DIFF_TIMEOUT_MS })
    if (!changes) {
      for (let k = 1; k <= beforeLines; k++) out[k] = Math.min(k, afterLines)
      return out
    }
    let oldLine = 1
    let newLine = 1
    for (const c of changes) {
      const n = c.count ?? 0
      if (c.added) {
        newLine += n
        continue
      }
      for (let k = 0; k < n; k++) out[oldLine + k] = Math.min(c.removed ? newLine : newLine + k, afterLines)
      oldLine += n
      if (!c.removed) newLine += n
    }
    for (let k = oldLine; k <= beforeLines; k++) out[k] = Math.min(newLine, afterLines)
    return out
  }
  return (beforeLine) => {
    table ??= build()
    return table[Math.min(Math.max(1, beforeLine), table.length - 1)] || 1
  }
}
