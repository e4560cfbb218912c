/**
 * npm run schema: writes the JSON Schemas of the policy file and of rule packs, generated from
 * the zod schemas, and the policy reference in README.md. A test fails when either is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ACTION_REFERENCE_END, ACTION_REFERENCE_START, actionReference } from '../src/policy/action-reference.js'
import { policyJsonSchema, packJsonSchema, policyReference, REFERENCE_END, REFERENCE_START } from '../src/policy/reference.js'

const root = join(import.meta.dirname, '..')
writeFileSync(join(root, 'schema', 'tos-guard.schema.json'), `${JSON.stringify(policyJsonSchema(), null, 2)}\n`)
writeFileSync(join(root, 'schema', 'tos-guard-pack.schema.json'), `${JSON.stringify(packJsonSchema(), null, 2)}\n`)
const readmePath = join(root, 'README.md')
function replaceSection(text: string, startMarker: string, endMarker: string, section: string): string {
  const start = text.indexOf(startMarker)
  const end = text.indexOf(endMarker)
  if (start === -1 || end === -1) throw new Error(`README.md lacks the ${startMarker} … ${endMarker} markers`)
  return text.slice(0, start) + section + text.slice(end + endMarker.length)
}
let readme = readFileSync(readmePath, 'utf8')
readme = replaceSection(readme, REFERENCE_START, REFERENCE_END, policyReference())
readme = replaceSection(readme, ACTION_REFERENCE_START, ACTION_REFERENCE_END, actionReference(readFileSync(join(root, 'action.yml'), 'utf8')))
writeFileSync(readmePath, readme)
console.log('wrote schema/*.schema.json and the policy and Action references in README.md')
