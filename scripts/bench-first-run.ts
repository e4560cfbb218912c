/**
 * Child process of npm run bench: one pair analysed twice in a fresh process, as a CLI run does
 * (notice duties included). The first run pays for compiling patterns and cold code; the second
 * is the work alone.
 */
import { readFileSync } from 'node:fs'
import { analyzeChangedFile } from '../src/files/analyze-file.js'

const [beforeFile, afterFile] = process.argv.slice(2)
const file = { path: afterFile ?? '', previousPath: beforeFile ?? '', status: 'modified' as const, before: readFileSync(beforeFile ?? ''), after: readFileSync(afterFile ?? '') }
const options = { today: '2026-01-01', notice: { date: '2026-01-01' } }
const time = (): number => {
  const t = performance.now()
  analyzeChangedFile(file, options)
  return performance.now() - t
}
const first = time()
const warm = time()
console.log(JSON.stringify({ first, warm }))
