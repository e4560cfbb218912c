import type { Finding } from '../analysis/types.js'
import type { FileReport } from '../report/model.js'
import { materialFindings } from './check.js'
import { sectionOf } from './headings.js'
import { TEMPLATES, type NoticeCategory, type NoticeTemplate } from './templates/index.js'
import type { Heading, NoticeFacts } from './types.js'

export interface DraftOptions {
  /** Where a document is published, for links to its sections; default: its path. */
  urlOf?: (file: FileReport) => string | undefined
}

/** The order paragraphs speak in: what users can now lose first. */
const ORDER: readonly NoticeCategory[] = ['ai-training', 'broad-license-grant', 'broadened-definition', 'removed-protection']
const QUOTE_LIMIT = 600

const fill = (text: string, values: Record<string, string>): string => text.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m)

/** A date in the template's own words: "July 27, 2023", "1er avril 2023", "27. März 2023", "5 de junio de 2024". */
export function formatDate(iso: string, t: NoticeTemplate): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return fill(t.dateFormat, { y: String(y), month: t.months[m - 1] ?? String(m), d: d === 1 && t.firstDay ? t.firstDay : String(d) })
}

function list(items: readonly string[], t: NoticeTemplate): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${t.and} ${items[items.length - 1] as string}`
}

/** The words of a label, from the glossary; a label it lacks is given as the finding states it. */
const words = (label: string, t: NoticeTemplate): string => t.glossary[label] ?? label

function quote(excerpt: string): string {
  let text = excerpt.replace(/\s+/g, ' ').trim()
  if (text.length > QUOTE_LIMIT) text = `${text.slice(0, text.lastIndexOf(' ', QUOTE_LIMIT))} …`
  return `> ${text}`
}

const escapeLinkText = (text: string): string => text.replace(/([[\]\\])/g, '\\$1')

function sectionLink(heading: Heading | undefined, url: string): string | undefined {
  return heading ? `[${escapeLinkText(heading.text)}](${encodeURI(url)}#${heading.anchor})` : undefined
}

/** The defined term a definition clause opens with: "Customer Content" means … */
function definedTerm(excerpt: string): string | undefined {
  return /^\s*["“„«]\s*([^"”“«»]{2,60}?)\s*["”“»]/u.exec(excerpt)?.[1]
}

/** One paragraph for the findings on one clause: what they let the company do, what is new, the wording. */
function paragraph(group: readonly Finding[], facts: NoticeFacts, url: string, t: NoticeTemplate): string[] {
  const sentences: string[] = []
  const adds: string[] = []
  const removes: string[] = []
  for (const category of ORDER) {
    for (const f of group.filter((x) => x.category === category)) {
      const term = category === 'broadened-definition' ? definedTerm(f.excerpt) : undefined
      const sentence = term ? fill(t.definitionNamed, { term }) : t.categories[category]
      if (!sentences.includes(sentence)) sentences.push(sentence)
      const into = category === 'removed-protection' ? removes : adds
      for (const label of f.added) if (!into.includes(words(label, t))) into.push(words(label, t))
    }
  }
  const [lead, ...rest] = sentences
  const text = [`**${lead ?? ''}**`, ...rest]
  if (adds.length > 0) text.push(fill(t.adds, { list: list(adds, t) }))
  if (removes.length > 0) text.push(fill(t.removes, { list: list(removes, t) }))
  const first = group[0] as Finding
  let intro: string
  if (first.side === 'after') {
    const link = sectionLink(sectionOf(facts.headings.after, first.startLine), url)
    intro = link ? fill(t.newWording, { section: link }) : t.newWordingNoSection
  } else {
    // Removed text has no place in the new version; its old section is linked where it still exists.
    const old = sectionOf(facts.headings.before, first.startLine)
    const now = old ? facts.headings.after.find((h) => h.text === old.text) : undefined
    const section = now ? sectionLink(now, url) : old ? `“${old.text}”` : undefined
    intro = section ? fill(t.oldWording, { section }) : t.oldWordingNoSection
  }
  // Findings on one clause may quote it with different context; the shortest is the clause itself.
  const excerpt = group.map((f) => f.excerpt).reduce((a, b) => (b.length < a.length ? b : a))
  return [text.join(' '), '', intro, '', quote(excerpt)]
}

/** The findings a notice speaks of, one group per clause, in the order of the document. */
function groups(file: FileReport, facts: NoticeFacts): Finding[][] {
  const material = materialFindings(file.findings, facts.failOn)
  const byClause = new Map<string, Finding[]>()
  for (const f of material) {
    const key = `${f.side}:${f.startLine}:${f.endLine}`
    byClause.set(key, [...(byClause.get(key) ?? []), f])
  }
  return [...byClause.values()].sort((a, b) => {
    const x = a[0] as Finding
    const y = b[0] as Finding
    return x.side === y.side ? x.startLine - y.startLine : x.side === 'after' ? -1 : 1
  })
}

function documentPart(file: FileReport, facts: NoticeFacts, options: DraftOptions, subheading: boolean): string[] {
  const t = TEMPLATES[facts.language]
  const url = options.urlOf?.(file) ?? file.path
  const title = facts.headings.after.find((h) => h.depth === 1)?.text ?? file.path.split('/').pop() ?? file.path
  const out: string[] = []
  if (subheading) out.push(`### ${title}`, '')
  out.push(`${fill(t.intro, { document: `[${escapeLinkText(title)}](${encodeURI(url)})` })} ${facts.after?.date ? fill(t.effective, { date: formatDate(facts.after.date, t) }) : fill(t.effectiveUnset, { days: String(facts.period.days) })}`)
  for (const group of groups(file, facts)) out.push('', ...paragraph(group, facts, url, t))
  return out
}

/**
 * The draft notice to users, "What's changing in our Terms", for every document with a material
 * change; undefined when none has one. Deterministic: the same findings and facts give the same
 * text, and every sentence is a category's fixed meaning, a finding's own words, or a quote.
 */
export function renderNotice(files: readonly FileReport[], options: DraftOptions = {}): string | undefined {
  const parts = files.filter((f): f is FileReport & { notice: NoticeFacts } => f.notice?.material === true)
  const first = parts[0]
  if (!first) return undefined
  const t = TEMPLATES[first.notice.language]
  const out = [`<!-- ${t.draftNote} -->`, '', `## ${t.title}`]
  for (const file of parts) out.push('', ...documentPart(file, file.notice, options, parts.length > 1))
  return `${out.join('\n')}\n`
}
