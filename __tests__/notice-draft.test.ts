import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, type CliIo } from '../src/cli/run.js'
import { analyzeChangedFile } from '../src/files/analyze-file.js'
import { formatDate, renderNotice } from '../src/notice/draft.js'
import { TEMPLATES } from '../src/notice/templates/index.js'
import type { NoticeLanguage } from '../src/notice/types.js'

const root = join(import.meta.dirname, '..')
const fixtures = join(root, '__tests__', 'fixtures', 'notice')
/** TOS_GUARD_UPDATE_GOLDEN=1 rewrites the expected drafts; review the diff before committing. */
const update = process.env.TOS_GUARD_UPDATE_GOLDEN === '1'

function cli(args: string[], cwd = root): { status: number; stdout: string; stderr: string } {
  let stdout = ''
  let stderr = ''
  const io: CliIo = { cwd, env: {}, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdoutIsTty: false, stderrIsTty: false, today: '2026-11-28' }
  return { status: runCli(args, io), stdout, stderr }
}
const notice = (args: string[]) => cli(['notice', ...args])

function golden(name: string, actual: string): void {
  const path = join(fixtures, name)
  if (update) writeFileSync(path, actual)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}

const EXAMPLE = ['examples/acme-terms/before.md', 'examples/acme-terms/after.md']
const ZOOM = ['__tests__/fixtures/notice/zoom-2023/before.md', '__tests__/fixtures/notice/zoom-2023/after.md']

describe('the draft notice to users (golden)', () => {
  it('for the shipped example', () => {
    const r = notice([...EXAMPLE, '--date', '2023-07-20'])
    expect(r).toMatchObject({ status: 0, stderr: '' })
    golden('acme-example.en.md', r.stdout)
  })

  it('is the one the README shows', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(`\`\`\`\`markdown\n${readFileSync(join(fixtures, 'acme-example.en.md'), 'utf8')}\`\`\`\``)
  })

  it.each<NoticeLanguage>(['en', 'fr', 'de', 'es'])('for a Zoom-style change, in %s', (lang) => {
    const r = notice([...ZOOM, '--date', '2023-03-01', '--lang', lang, '--url', 'https://example.com/terms'])
    expect(r).toMatchObject({ status: 0, stderr: '' })
    golden(`zoom-2023.${lang}.md`, r.stdout)
  })
})

describe('what a draft says, and does not', () => {
  it('is the same text every time, whatever the evaluation date, when the document gives its date', () => {
    const a = notice([...EXAMPLE, '--date', '2023-07-20']).stdout
    expect(notice([...EXAMPLE, '--date', '2031-01-01']).stdout).toBe(a)
  })

  it('says nothing of a change that adds no right: no draft at all', () => {
    const r = notice([EXAMPLE[0] as string, EXAMPLE[0] as string])
    expect(r.stdout).toMatch(/no notice to users is needed/)
  })

  it('speaks only of what the findings name, and quotes each clause as written', () => {
    const before = '# Terms\n\nLast updated: May 1, 2024\n\n## Privacy\n\nWe do not sell your personal data.\n'
    const after = '# Terms\n\nLast updated: June 1, 2024\n\n## Privacy\n\nWe keep your data safe.\n'
    const report = analyzeChangedFile({ path: 'terms.md', status: 'modified', before, after }, { notice: { date: '2024-04-01' } })
    const draft = renderNotice([report]) ?? ''
    expect(draft).toContain('**We are removing a commitment we made to you.** What is gone: we did not sell your personal data.')
    expect(draft).toContain('The wording we removed, from [Privacy](terms.md#privacy):\n\n> We do not sell your personal data.')
    expect(draft).toContain('take effect on **June 1, 2024**')
    expect(draft).not.toMatch(/train|licence|AI/)
  })

  it('leaves the effective date for counsel to set when the document states none', () => {
    const before = '# Terms\n\nYou grant us a licence to host Customer Content to provide the Services.\n'
    const after = '# Terms\n\nYou grant us a perpetual, irrevocable licence to use Customer Content for any purpose.\n'
    const report = analyzeChangedFile({ path: 'terms.md', status: 'modified', before, after }, { notice: { date: '2024-04-01', language: 'fr' } })
    expect(renderNotice([report])).toContain('**[date à fixer : au moins 30 jours après cet avis]**')
  })

  it('writes dates in each language as its readers do', () => {
    expect(formatDate('2023-07-27', TEMPLATES.en)).toBe('July 27, 2023')
    expect(formatDate('2024-04-01', TEMPLATES.fr)).toBe('1er avril 2024')
    expect(formatDate('2023-03-27', TEMPLATES.de)).toBe('27. März 2023')
    expect(formatDate('2024-06-05', TEMPLATES.es)).toBe('5 de junio de 2024')
  })

  it('has every template field in every language', () => {
    const keys = (o: object): string[] => Object.keys(o).filter((k) => k !== 'glossary' && k !== 'firstDay').sort()
    for (const t of Object.values(TEMPLATES)) {
      expect(keys(t)).toEqual(keys(TEMPLATES.en))
      expect(Object.keys(t.categories).sort()).toEqual(Object.keys(TEMPLATES.en.categories).sort())
      expect(t.months).toHaveLength(12)
    }
  })

  it('refuses a bad date or language with one line and exit status 2', () => {
    expect(notice([...EXAMPLE, '--date', '2023-02-30'])).toMatchObject({ status: 2, stderr: "tos-guard: --date must be a date written YYYY-MM-DD (got '2023-02-30')\n" })
    expect(notice([...EXAMPLE, '--lang', 'it'])).toMatchObject({ status: 2, stderr: "tos-guard: unknown --lang 'it' (expected en, fr, de, es)\n" })
    expect(notice([EXAMPLE[0] as string])).toMatchObject({ status: 2 })
  })
})

describe('the notice in the other commands', () => {
  it('diff --date reports the notice finding; check --notice prints the draft for the changed documents', () => {
    const diff = cli(['diff', ...EXAMPLE, '--date', '2023-07-20'])
    expect(diff.status).toBe(1)
    expect(diff.stdout).toContain('examples/acme-terms/after.md:3:16 critical notice The new effective date 2023-07-27')
    expect(cli(['diff', ...EXAMPLE, '--date', '2023-06-01']).stdout).not.toContain(' notice ')

    const dir = mkdtempSync(join(tmpdir(), 'tos-guard-notice-'))
    try {
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e.test', ...args], { cwd: dir, stdio: 'pipe' })
      git('init', '-q', '-b', 'main')
      cpSync(join(root, EXAMPLE[0] as string), join(dir, 'terms.md'))
      git('add', '.')
      git('commit', '-qm', 'terms')
      cpSync(join(root, EXAMPLE[1] as string), join(dir, 'terms.md'))
      const check = cli(['check', '--notice', '--date', '2023-07-20'], dir)
      expect(check.status).toBe(1)
      expect(check.stdout).toBe(readFileSync(join(fixtures, 'acme-example.en.md'), 'utf8').replaceAll('examples/acme-terms/after.md', 'terms.md'))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
