import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { expect } from 'vitest'
import { chunkSelectors } from '../../src/analysis/chunk-filter.js'
import { analyze } from '../../src/analysis/engine.js'
import { clauseFacts } from '../../src/analysis/facts.js'
import { compileLexicon } from '../../src/analysis/lexicon.js'
import { splitChunks } from '../../src/markdown/chunks.js'
import type { Clause } from '../../src/markdown/clauses.js'
import { parseDocument, type ChunkCache } from '../../src/markdown/document.js'
import { mayUseGfm, parseMarkdown } from '../../src/markdown/parse.js'
import { BUILTIN_PACK } from '../../src/rules/builtin.js'

/*
 * What the fast path (read only changed chunks and chunks with analysis vocabulary, parse runs of
 * chunks, reuse chunks the other version already read, leave GFM out where it cannot apply) must
 * keep of a whole parse, as checks on one before/after pair.
 */

export interface Pair {
  name: string
  before: string
  after: string
}

/** What a clause is, as everything downstream sees it. */
export function view(c: Clause): unknown {
  return [c.kind, c.text, c.startLine, c.startColumn, c.endLine, c.endColumn, c.headingPath, c.leadIn, c.listed, c.footnoteLabel, c.key, c.mapped.offsetAt(0), c.mapped.offsetAt(c.text.length - 1)]
}

/** The same findings and notes as analysing the whole documents. */
export function expectSameFindings(p: Pair): void {
  // analyze() itself, not analyzeDocuments: what it does before parsing (hidden characters, the language) is part of the path.
  const full = analyze(p.before, p.after, { fast: false })
  const fast = analyze(p.before, p.after)
  expect(fast.findings, p.name).toEqual(full.findings)
  expect(fast.notes, p.name).toEqual(full.notes)
}

/** Reading every chunk — in runs, part of them from the other version's cache — reads the whole. */
export function expectSameClauses(p: Pair, wholeBefore = parseDocument(p.before)): void {
  const cache: ChunkCache = new Map()
  parseDocument(p.after, { select: () => true, cache })
  const chunked = parseDocument(p.before, { select: () => true, cache })
  expect(chunked.clauses.map(view), p.name).toEqual(wholeBefore.clauses.map(view))
}

const lexicon = compileLexicon(BUILTIN_PACK)

/**
 * The fast path skips unchanged chunks it judges irrelevant: every clause that states any fact
 * (grant, AI use, protection, definition) must sit in a chunk it would read.
 */
export function expectFactsInReadChunks(name: string, source: string, whole = parseDocument(source)): void {
  const keep = chunkSelectors(source, source, lexicon).before
  const chunks = splitChunks(source)
  for (const clause of whole.clauses) {
    const f = clauseFacts(clause, lexicon)
    if (!f.grant && f.ai.length === 0 && f.aiPermissions.length === 0 && f.protections.length === 0 && f.definitions.length === 0) continue
    const at = clause.mapped.offsetAt(0)
    const chunk = chunks.find((c) => c.start <= at && at < c.end)
    expect(chunk && keep(source.slice(chunk.start, chunk.end)), `${name}: ${clause.text}`).toBe(true)
  }
}

export const withGfm = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze()

/** Chunks read without GFM parse to the tree GFM gives them. */
export function expectSameTrees(name: string, source: string): void {
  for (const c of splitChunks(source)) {
    const text = source.slice(c.start, c.end)
    if (!mayUseGfm(text)) expect(parseMarkdown(text), `${name}: ${text.slice(0, 80)}`).toEqual(withGfm.parse(text))
  }
}

/** Every check, reading each whole document once. */
export function expectFastPathHolds(p: Pair): void {
  const whole = { before: parseDocument(p.before), after: parseDocument(p.after) }
  expectSameFindings(p)
  expectSameClauses(p, whole.before)
  expectFactsInReadChunks(p.name, p.before, whole.before)
  expectFactsInReadChunks(p.name, p.after, whole.after)
  expectSameTrees(p.name, p.before)
  expectSameTrees(p.name, p.after)
}
