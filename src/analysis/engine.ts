import { parseDocument, type ChunkCache, type TermsDocument } from '../markdown/document.js'
import { BUILTIN_PACK } from '../rules/builtin.js'
import type { RulePack } from '../rules/types.js'
import { choosePacks, type LanguagePacks } from './choose-pack.js'
export type { LanguagePacks } from './choose-pack.js'
import { alignClauses } from './align.js'
import { chunkSelectors } from './chunk-filter.js'
import { aiBaseline, compareAi } from './compare-ai.js'
import { compareDefinitions, glossary } from './compare-definitions.js'
import { compareCustomRules, compileRules } from './custom-rules.js'
import { baseGrants, compareGrant } from './compare-grants.js'
import { compareProtections, headProtections } from './compare-protections.js'
import type { DraftFinding } from './draft.js'
import { finalizeFindings } from './finalize.js'
import { compileLexicon, type Lexicon } from './lexicon.js'
import { AnalysedSide, type FactsCache, type LexiconAt } from './side.js'
import type { AnalysisResult } from './types.js'

export interface AnalyzeOptions {
  /** The vocabulary and rules: the built-in pack, or it merged with a company's packs. */
  pack?: RulePack
  /**
   * Read only what can matter (changed chunks, and chunks with analysis vocabulary) instead of
   * parsing both documents whole. Same findings, less time and memory; on by default.
   */
  fast?: boolean
  /**
   * The language of both versions (ISO 639-1), e.g. from the policy or `--language`; detected
   * from the text when absent. `pack` is the English pack; `packs` those of other languages.
   */
  language?: string
  /** Rule packs by language (ISO 639-1), with the company's additions merged in. */
  packs?: LanguagePacks
}

/**
 * Compares two versions of a terms document and reports what the change adds to the rights
 * the company takes over users' content. Pure and deterministic: text in, findings out.
 */
export function analyze(before: string, after: string, options: AnalyzeOptions = {}): AnalysisResult {
  const chosen = choosePacks(before, after, options)
  // A document read per section (two languages) is parsed whole: the chunk filter knows one vocabulary.
  const whole = options.fast === false || chosen.sections !== undefined
  const [beforeDoc, afterDoc] = whole ? [parseDocument(before), parseDocument(after)] : readBoth(before, after, compileLexicon(chosen.pack))
  const result = analyzeDocuments(beforeDoc, afterDoc, { ...options, pack: chosen.pack }, chosen.sections)
  return chosen.notes.length > 0 ? { ...result, notes: [...result.notes, ...chosen.notes] } : result
}

/** Both versions, read through one chunk cache that is gone before the analysis starts. */
function readBoth(before: string, after: string, lexicon: Lexicon): [TermsDocument, TermsDocument] {
  const selectors = chunkSelectors(before, after, lexicon)
  const cache: ChunkCache = new Map()
  const afterDoc = parseDocument(after, { select: selectors.after, cache })
  return [parseDocument(before, { select: selectors.before, cache }), afterDoc]
}

/**
 * Compares two parsed versions with `options.pack`. `sections` gives, for a version read per
 * section (two languages), the lexicon of each line.
 */
export function analyzeDocuments(
  beforeDoc: TermsDocument,
  afterDoc: TermsDocument,
  options: AnalyzeOptions = {},
  sections?: { before?: LexiconAt | undefined; after?: LexiconAt | undefined },
): AnalysisResult {
  const pack = options.pack ?? BUILTIN_PACK
  const lexicon = compileLexicon(pack)
  const shared: FactsCache = new Map()
  const base = new AnalysedSide(beforeDoc, lexicon, shared, sections?.before)
  const head = new AnalysedSide(afterDoc, lexicon, shared, sections?.after)
  const alignment = alignClauses(base.clauses, head.clauses)

  const drafts: DraftFinding[] = []
  const changedHead = head.clauses.map((_, i) => i).filter((i) => alignment.headSame[i] === undefined)
  const changedBase = base.clauses.map((_, j) => j).filter((j) => alignment.baseSame[j] === undefined)

  if (changedHead.length > 0) {
    const baseline = aiBaseline(base)
    const grants = baseGrants(base)
    const baseGlossary = glossary(base)
    const rules = compileRules(pack)
    for (const i of changedHead) {
      const ai = compareAi(base, head, i, alignment, baseline, lexicon)
      if (ai) drafts.push(ai)
      const grant = compareGrant(base, head, i, alignment, grants, lexicon)
      if (grant) drafts.push(grant)
      const definition = compareDefinitions(base, head, i, alignment, baseGlossary, lexicon)
      if (definition) drafts.push(definition)
      drafts.push(...compareCustomRules(base, head, i, alignment, rules))
    }
  }
  if (changedBase.length > 0) {
    const kinds = headProtections(head)
    for (const j of changedBase) {
      const removed = compareProtections(base, head, j, alignment, kinds, pack.severity.removedProtection)
      if (removed) drafts.push(removed)
    }
  }

  const unchanged = head.clauses.length - changedHead.length
  return {
    findings: finalizeFindings(drafts, pack.severity),
    notes: [...beforeDoc.notes.map((n) => `old version: ${n}`), ...afterDoc.notes.map((n) => `new version: ${n}`)],
    stats: {
      beforeClauses: base.clauses.length,
      afterClauses: head.clauses.length,
      unchanged,
      changed: changedHead.filter((i) => alignment.headPair[i] !== undefined).length,
      added: changedHead.filter((i) => alignment.headPair[i] === undefined).length,
      removed: changedBase.filter((j) => alignment.basePair[j] === undefined).length,
    },
  }
}
