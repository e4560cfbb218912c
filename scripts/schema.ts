/**
 * npm run schema: writes the JSON Schemas of the policy file and of rule packs, generated from
 * the zod schemas, and the policy reference in README.md. A test fails when either is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { policyJsonSchema, packJsonSchema, policyReference, REFERENCE_END, REFERENCE_START } from '../src/policy/reference.js'

const root = join(import.meta.dirname, '..')
writeFileSync(join(root, 'schema', 'tos-guard.schema.json'), `${JSON.stringify(policyJsonSchema(), null, 2)}\n`)
writeFileSync(join(root, 'schema', 'tos-guard-pack.schema.json'), `${JSON.stringify(packJsonSchema(), null, 2)}\n`)
const readmePath = join(root, 'README.md')
const readme = readFileSync(readmePath, 'utf8')
const start = readme.indexOf(REFERENCE_START)
const end = readme.indexOf(REFERENCE_END)
if (start === -1 || end === -1) throw new Error(`README.md lacks the ${REFERENCE_START} … ${REFERENCE_END} markers`)
writeFileSync(readmePath, readme.slice(0, start) + policyReference() + readme.slice(end + REFERENCE_END.length))
console.log('wrote schema/tos-guard.schema.json, schema/tos-guard-pack.schema.json and the policy reference in README.md')
