import type { Clause } from '../markdown/clauses.js'
import { findAiStatements, type AiStatement } from './ai.js'
import { findDefinitions, type Definition } from './definitions.js'
import { isGrantFrame, readGrant, terms, type GrantFrame, type Term } from './grants.js'
import type { Lexicon } from './lexicon.js'
import { findProtections, type Protection } from './protections.js'
import { isNegated, readClause, readText, type Reading } from './reading.js'
import { menuPaths } from './text.js'

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

/**
 * "We may use your content for the purposes described in this section", under the heading
 * "Model training": the purpose is only in the heading, and the clause adopts it.
 */
function aiPurposeFromHeading(clause: Clause, reading: Reading, lexicon: Lexicon): AiStatement | undefined {
  const heading = clause.headingPath[clause.headingPath.length - 1]
  if (!heading || clause.kind === 'heading') return undefined
  const re = lexicon.purposeReference
  re.lastIndex = 0
  const m = re.exec(reading.text)
  if (!m || m.index < reading.contextLength) return undefined
  const headingReading = readText(heading, 0, lexicon)
  const statement = findAiStatements(headingReading).find((s) => !s.negated)
  if (!statement || isNegated(reading, m.index)) return undefined
  return { span: { start: m.index, end: m.index + m[0].length }, negated: false, restrictsUser: false, thirdParty: false, toAiRecipient: false, data: statement.data }
}

function mentions(re: RegExp, text: string): boolean {
  re.lastIndex = 0
  return re.test(text)
}

/** Reads the facts of one clause. Pure: the same clause and lexicon give the same facts. */
export function clauseFacts(clause: Clause, lexicon: Lexicon): ClauseFacts {
  const reading = readClause(clause, lexicon)
  const definitions = findDefinitions(clause.text, lexicon.grammar)
  // A question ("Do we sell your data?") states nothing; the answer after it does.
  const question = /\?[\s*_"”’)]*$/.test(clause.text)
  if (question || (!mentions(lexicon.core, reading.text) && !mentions(lexicon.definitionWords, reading.text) && !mentions(lexicon.purposeReference, reading.text))) {
    return { reading, ai: [], aiPermissions: [], protections: [], definitions, objects: EMPTY_TERMS, conditions: EMPTY_TERMS }
  }
  const grantRead = readGrant(reading)
  const grant = isGrantFrame(grantRead) ? grantRead : undefined
  // A heading names a topic ("AI Training"); it permits nothing by itself.
  const ai = clause.kind === 'heading' ? [] : findAiStatements(reading)
  const aiPermissions = ai.filter((s) => !s.negated)
  const fromHeading = aiPurposeFromHeading(clause, reading, lexicon)
  if (fromHeading) aiPermissions.push(fromHeading)
  // "Settings > Privacy > Voice" names a menu, not the user's voice.
  const menus = menuPaths(reading.text)
  const objects = terms(lexicon.objects, reading.text).filter((o) => !menus.some((m) => o.span.start >= m.start && o.span.end <= m.end))
  return {
    reading,
    ...(grant ? { grant } : {}),
    ai,
    aiPermissions,
    protections: findProtections(reading, grant, ai, objects, clause.kind === 'tableRow' || clause.listed),
    definitions,
    objects,
    conditions: terms(lexicon.conditions, reading.text),
  }
}
