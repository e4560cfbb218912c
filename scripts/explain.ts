/**
 * npm run explain -- "a sentence"          facts the engine reads in one sentence
 * npm run explain -- FILE.md LINE           facts of the clauses on a line of a file
 */
import { readFileSync } from 'node:fs'
import { clauseFacts } from '../src/analysis/facts.js'
import { packForLanguage } from '../src/analysis/choose-pack.js'
import { detectLanguage } from '../src/analysis/language.js'
import { compileLexicon } from '../src/analysis/lexicon.js'
import { parseDocument } from '../src/markdown/document.js'
import { BUILTIN_PACK } from '../src/rules/builtin.js'

const [first, second] = process.argv.slice(2)
if (!first) {
  console.error('usage: explain "sentence" | explain FILE LINE')
  process.exit(2)
}
const text = second ? readFileSync(first, 'utf8') : first
// The pack of the text's language (LANGUAGE=fr to set it), as analyze() would choose it.
const language = process.env.LANGUAGE ?? detectLanguage(text)
const lexicon = compileLexicon(packForLanguage(language, {}) ?? BUILTIN_PACK)
console.log(`language: ${language} (${lexicon.pack.name})`)
const doc = parseDocument(text)
const clauses = second ? doc.clauses.filter((c) => c.startLine <= Number(second) && c.endLine >= Number(second)) : doc.clauses
for (const clause of clauses) {
  const f = clauseFacts(clause, lexicon)
  const show = (s: { start: number; end: number }): string => JSON.stringify(f.reading.text.slice(s.start, s.end))
  console.log(`— ${clause.startLine}: ${clause.leadIn.length ? `[lead-in: ${clause.leadIn.join(' / ')}] ` : ''}${clause.text}`)
  if (f.reading.leadInNegated) console.log('  lead-in negates')
  if (f.grant) {
    const g = f.grant
    const t = (xs: { id: string; span: { start: number; end: number } }[]): string => xs.map((x) => `${x.id}=${show(x.span)}`).join(' ')
    console.log(`  grant: operative=${show(g.operative)} fromUser=${g.fromUser} reference=${g.reference}`)
    console.log(`    attributes: ${t(g.attributes)}`)
    console.log(`    verbs: ${t(g.verbs)}`)
    console.log(`    objects: ${t(g.objects)}`)
    console.log(`    purposes: ${t(g.purposes)}`)
    console.log(`    grantees: ${t(g.grantees)}`)
    console.log(`    conditions: ${t(g.conditions)}`)
  }
  for (const a of f.ai) console.log(`  ai: ${show(a.span)} negated=${a.negated} restrictsUser=${a.restrictsUser} thirdParty=${a.thirdParty}`)
  for (const p of f.protections) console.log(`  protection: ${p.kind} ${show(p.span)} local=${p.local}`)
  for (const d of f.definitions) console.log(`  definition: ${d.term} := ${d.body.slice(0, 120)}`)
  if (f.objects.length) console.log(`  objects: ${f.objects.map((o) => `${o.id}=${show(o.span)}`).join(' ')}`)
}
