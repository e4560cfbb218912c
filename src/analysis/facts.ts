import type { Clause } from '../markdown/clauses.js'
import { findAiStatements, type AiStatement } from './ai.js'
import { findDefinitions, type Definition } from './definitions.js'
import { isGrantFrame, readGrant, terms, type GrantFrame, type Term } from './grants.js'
import type { Lexicon } from './lexicon.js'
import { findProtections, type Protection } from './protections.js'
import { isNegated, readClause, readText, type Reading } from './reading.js'

/** What one clause says about users' content: grants, AI uses, protections, definitions. */
export interface ClauseFacts {
  reading: Reading
  grant?: GrantFrame
  /** Every AI-training statement, negated or not. */
  ai: AiStatement[]
  /** The AI-training statements that permit training (not negated). */
  aiPermissions: AiStatement[]
  protections: Protection[]
  definitions: Definition[]
  /** Objects (content, data, inputs …) the clause names anywhere. */
  objects: Term[]
  /** Narrowing conditions the clause names: consent, opt-out, de-identified … */
  conditions: Term[]
}

const EMPTY_TERMS: Term[] = []

const PURPOSE_REFERENCE = /for (?:the |these |those |this |such )?purposes? (?:described |set out |set forth |listed |stated |explained )?(?:in|of|under|above|below) (?:this|the above|these) (?:section|heading|paragraph)|for (?:these|this|such) purposes?(?! of)/

/**
 * "We may use your content for the purposes described in this section", under the heading
 * "Model training": the purpose is only in the heading, and the clause adopts it.
 */
function aiPurposeFromHeading(clause: Clause, reading: Reading, lexicon: Lexicon): AiStatement | undefined {
  const heading = clause.headingPath[clause.headingPath.length - 1]
  if (!heading || clause.kind === 'heading') return undefined
  const m = PURPOSE_REFERENCE.exec(reading.text)
  if (!m || m.index < reading.contextLength) return undefined
  const headingReading = readText(heading, 0, lexicon)
  const statement = findAiStatements(headingReading).find((s) => !s.negated)
  if (!statement || isNegated(reading, m.index)) return undefined
  return { span: { start: m.index, end: m.index + m[0].length }, negated: false, restrictsUser: false, thirdParty: false, data: statement.data }
}

/** Reads the facts of one clause. Pure: the same clause and lexicon give the same facts. */
export function clauseFacts(clause: Clause, lexicon: Lexicon): ClauseFacts {
  const reading = readClause(clause, lexicon)
  const definitions = findDefinitions(clause.text)
  lexicon.signal.lastIndex = 0
  if (!lexicon.signal.test(reading.text) && !PURPOSE_REFERENCE.test(reading.text)) {
    return { reading, ai: [], aiPermissions: [], protections: [], definitions, objects: EMPTY_TERMS, conditions: EMPTY_TERMS }
  }
  const grantRead = readGrant(reading)
  const grant = isGrantFrame(grantRead) ? grantRead : undefined
  // A heading names a topic ("AI Training"); it permits nothing by itself.
  const ai = clause.kind === 'heading' ? [] : findAiStatements(reading)
  const aiPermissions = ai.filter((s) => !s.negated)
  const fromHeading = aiPurposeFromHeading(clause, reading, lexicon)
  if (fromHeading) aiPermissions.push(fromHeading)
  const objects = terms(lexicon.objects, reading.text)
  return {
    reading,
    ...(grant ? { grant } : {}),
    ai,
    aiPermissions,
    protections: findProtections(reading, grant, ai, objects),
    definitions,
    objects,
    conditions: terms(lexicon.conditions, reading.text),
  }
}
