/**
 * Child process of npm run bench (run with --expose-gc): the heap the engine holds at its
 * largest — both documents read and analysed, every fact kept — after a full collection, for
 * the before/after files given. Peak RSS also counts garbage the collector had not yet reclaimed.
 */
import { readFileSync } from 'node:fs'
import { chunkSelectors } from '../src/analysis/chunk-filter.js'
import { analyzeDocuments } from '../src/analysis/engine.js'
import { compileLexicon } from '../src/analysis/lexicon.js'
import { parseDocument, type ChunkCache } from '../src/markdown/document.js'
import { BUILTIN_PACK } from '../src/rules/builtin.js'

const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with --expose-gc')
const [beforeFile, afterFile] = process.argv.slice(2)
const before = readFileSync(beforeFile ?? '', 'utf8')
const after = readFileSync(afterFile ?? '', 'utf8')
const lexicon = compileLexicon(BUILTIN_PACK)
// Warm up on the example, so that compiled code and regular expressions are not counted.
const example = (side: string): string => readFileSync(new URL(`../examples/acme-terms/${side}.md`, import.meta.url), 'utf8')
analyzeDocuments(parseDocument(example('before')), parseDocument(example('after')))
gc()
const start = process.memoryUsage().heapUsed
const selectors = chunkSelectors(before, after, lexicon)
const cache: ChunkCache = new Map()
const afterDoc = parseDocument(after, { select: selectors.after, cache })
const beforeDoc = parseDocument(before, { select: selectors.before, cache })
cache.clear()
const result = analyzeDocuments(beforeDoc, afterDoc)
gc()
const held = process.memoryUsage().heapUsed - start
console.log(JSON.stringify({ held, clauses: beforeDoc.clauses.length + afterDoc.clauses.length, findings: result.findings.length }))
