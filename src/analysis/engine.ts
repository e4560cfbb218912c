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
import { compareUse, renameOnly, useContext } from './compare-uses.js'
import type { DraftFinding } from './draft.js'
import { finalizeFindings } from './finalize.js'
import { cleanHiddenCharacters, describeLines } from './hidden-characters.js'
import { lettersOf, type Letters } from './letters.js'
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
  /** The letters both texts may hold (letters.ts); set by analyze(), Unicode when absent. */
  letters?: Letters
}

/**
 * Compares two versions of a terms document and reports what the change adds to the rights
 * the company takes over users' content. Pure and deterministic: text in, findings out.
 */
export function analyze(before: string, after: string, options: AnalyzeOptions = {}): AnalysisResult {
  const base = cleanHiddenCharacters(before)
  const head = cleanHiddenCharacters(after)
  const letters = lettersOf(base.text, head.text)
  const chosen = choosePacks(base.text, head.text, options, letters)
  // A document read per section (two languages) is parsed whole: the chunk filter knows one vocabulary.
  const whole = options.fast === false || chosen.sections !== undefined
  const [beforeDoc, afterDoc] = whole ? [parseDocument(base.text), parseDocument(head.text)] : readBoth(base.text, head.text, compileLexicon(chosen.pack, letters))
  const result = analyzeDocuments(beforeDoc, afterDoc, { ...options, pack: chosen.pack, letters }, chosen.sections)
  // Hidden characters are read through, and said: in new wording they are how a clause hides from a keyword search.
  const notes = [...result.notes, ...chosen.notes]
  if (head.lines.length > 0) {
    const hidden = head.lines.filter((line) => result.findings.some((f) => f.side === 'after' && f.startLine <= line && f.endLine >= line))
    notes.push(
      `new version: invisible or look-alike characters (zero-width, soft hyphen, Cyrillic or Greek letters inside Latin words) on ${describeLines(head.lines)}; read as the letters they show` +
        (hidden.length > 0 ? `, including flagged ${describeLines(hidden)}` : ''),
    )
  }
  return notes.length > 0 ? { ...result, notes } : result
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
  const lexicon = compileLexicon(pack, options.letters)
  const shared: FactsCache = new Map()
  const base = new AnalysedSide(beforeDoc, lexicon, shared, sections?.before)
  const head = new AnalysedSide(afterDoc, lexicon, shared, sections?.after)
  const alignment = alignClauses(base.clauses, head.clauses)

  const drafts: DraftFinding[] = []
  const changedHead = head.clauses.map((_, i) => i).filter((i) => alignment.headSame[i] === undefined)
  const changedBase = base.clauses.map((_, j) => j).filter((j) => alignment.baseSame[j] === undefined)

  const uses = useContext(base, head, alignment, changedHead)
  // A clause that differs only by a rename made throughout the document says nothing new.
  const renamed = new Set<number>()
  const renamedBase = new Set<number>()
  for (const i of changedHead) {
    const j = alignment.headPair[i] ?? uses.positional.get(i)
    if (j !== undefined && renameOnly(base, head, i, j, uses)) {
      renamed.add(i)
      renamedBase.add(j)
    }
  }
  const removedAt = new Set<number>()
  if (changedBase.length > 0) {
    const kinds = headProtections(head)
    for (const j of changedBase) {
      if (renamedBase.has(j)) continue
      const removed = compareProtections(base, head, j, alignment, kinds, pack.severity.removedProtection)
      if (removed) {
        drafts.push(removed)
        removedAt.add(j)
      }
    }
  }
  if (changedHead.length > 0) {
    const baseGlossary = glossary(base)
    const baseline = aiBaseline(base, new Map([...baseGlossary.byTerm].map(([term, d]) => [term, d.definition.body])))
    const grants = baseGrants(base)
    const rules = compileRules(pack)
    for (const i of changedHead) {
      if (renamed.has(i)) continue
      const ai = compareAi(base, head, i, alignment, baseline, lexicon)
      if (ai) drafts.push(ai)
      const grant = compareGrant(base, head, i, alignment, grants, lexicon)
      if (grant) drafts.push(grant)
      // The widening reading covers what the grant and AI readings do not; where its pair lost a protection, that finding says it.
      const pair = alignment.headPair[i] ?? uses.positional.get(i)
      if (!ai && !grant && !(pair !== undefined && removedAt.has(pair))) {
        const use = compareUse(base, head, i, alignment, uses, lexicon)
        if (use) drafts.push(use)
      }
      const definition = compareDefinitions(base, head, i, alignment, baseGlossary, lexicon)
      if (definition) drafts.push(definition)
      drafts.push(...compareCustomRules(base, head, i, alignment, rules))
    }
  }

  const unchanged = head.clauses.length - changedHead.length
  return {
    findings: finalizeFindings(drafts, pack.severity),
    notes: [...beforeDoc.notes.map((n) => `old version: ${n}`), ...afterDoc.notes.map((n) => `new version: ${n}`)],
    ...unreadNotes(beforeDoc, afterDoc),
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

/**
 * The notes of versions read as plain paragraphs, and of a new version whose raw HTML may hide
 * what was read (see AnalysisResult.unread). The old version's HTML is only said: the change that
 * closes it must be able to pass.
 */
function unreadNotes(beforeDoc: TermsDocument, afterDoc: TermsDocument): { unread?: string[] } {
  const unread = [
    ...(beforeDoc.plain ? beforeDoc.notes.map((n) => `old version: ${n}`) : []),
    ...(afterDoc.plain ? afterDoc.notes : (afterDoc.unsure ?? [])).map((n) => `new version: ${n}`),
  ]
  return unread.length > 0 ? { unread } : {}
}
