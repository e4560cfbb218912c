import type { Clause } from '../markdown/clauses.js'
import { findAiStatements, type AiStatement } from './ai.js'
import { findDefinitions, type Definition } from './definitions.js'
import { isGrantFrame, readGrant, terms, type GrantFrame, type Term } from './grants.js'
import type { CompiledEntry, Lexicon } from './lexicon.js'
import { findProtections, type Protection } from './protections.js'
import { readClause, type Reading } from './reading.js'

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

/** Reads the facts of one clause. Pure: the same clause and lexicon give the same facts. */
export function clauseFacts(clause: Clause, lexicon: Lexicon, extraObjects: readonly CompiledEntry[] = []): ClauseFacts {
  const reading = readClause(clause, lexicon)
  const definitions = findDefinitions(clause.text)
  lexicon.signal.lastIndex = 0
  const extraSignal = extraObjects.some((e) => {
    e.re.lastIndex = 0
    return e.re.test(reading.text)
  })
  lexicon.signal.lastIndex = 0
  if (!lexicon.signal.test(reading.text) && !extraSignal) {
    return { reading, ai: [], aiPermissions: [], protections: [], definitions, objects: EMPTY_TERMS, conditions: EMPTY_TERMS }
  }
  const grantRead = readGrant(reading, extraObjects)
  const grant = isGrantFrame(grantRead) ? grantRead : undefined
  const ai = findAiStatements(reading)
  const aiPermissions = ai.filter((s) => !s.negated)
  const objects = terms([...lexicon.objects, ...extraObjects], reading.text)
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
