import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { loadPack } from '../src/policy/load.js'
import { resolveConfiguration } from '../src/policy/resolve.js'
import { formatConfigError } from '../src/policy/yaml-errors.js'

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8')

/** The ```yaml blocks of the README, each with the heading it sits under. */
function yamlBlocks(): Array<{ heading: string; text: string }> {
  const out: Array<{ heading: string; text: string }> = []
  let heading = ''
  const lines = readme.split('\n')
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] ?? ''
    if (/^#{1,4} /.test(line)) heading = line.replace(/^#+ /, '')
    if (line.trim() === '```yaml') {
      const body: string[] = []
      while (++k < lines.length && lines[k]?.trim() !== '```') body.push(lines[k] ?? '')
      out.push({ heading, text: `${body.join('\n')}\n` })
    }
  }
  return out
}

const isPolicy = (text: string): boolean => {
  const doc = parse(text) as Record<string, unknown> | null
  return doc !== null && typeof doc === 'object' && !('on' in doc) && !('jobs' in doc) && !('name' in doc)
}
const isPack = (text: string): boolean => {
  const doc = parse(text) as Record<string, unknown> | null
  return doc !== null && typeof doc === 'object' && 'name' in doc && !('on' in doc)
}

describe('every policy and pack example in the README works as written', () => {
  const blocks = yamlBlocks()
  const packs = blocks.filter((b) => isPack(b.text))
  const policies = blocks.filter((b) => isPolicy(b.text))

  it('finds the examples (policy file, rule pack, workflow)', () => {
    expect(policies.length).toBeGreaterThanOrEqual(1)
    expect(packs.length).toBeGreaterThanOrEqual(1)
    expect(blocks.some((b) => /^jobs:/m.test(b.text))).toBe(true)
  })

  it('each rule pack example loads', () => {
    for (const pack of packs) {
      const r = loadPack(pack.text, 'pack.yml')
      expect(r.ok ? [] : r.errors.map(formatConfigError), pack.heading).toEqual([])
    }
  })

  it('each policy example validates, with the packs it names being the README\'s pack example', () => {
    const packText = packs.find((p) => !/^language:/m.test(p.text))?.text
    for (const policy of policies) {
      const r = resolveConfiguration(policy.text, '.github/tos-guard.yml', () => packText)
      expect(r.ok ? [] : r.errors.map(formatConfigError), `${policy.heading}:\n${policy.text}`).toEqual([])
    }
  })

  it('each workflow example is YAML that uses the Action', () => {
    for (const b of blocks.filter((x) => /^jobs:/m.test(x.text))) expect(JSON.stringify(parse(b.text))).toMatch(/tos-guard\/tos-guard@v1|"uses":"\.\/"/)
  })
})

describe('the README policy example, used as written in a repository', () => {
  it('check runs with it (and the pack saved where it says) without an error or a warning', async () => {
    const { cleanTemp, git, runIn, tempDir } = await import('./helpers/cli.js')
    const { mkdirSync, writeFileSync } = await import('node:fs')
    const { dirname } = await import('node:path')
    try {
      const blocks = yamlBlocks()
      const policy = blocks.find((b) => b.heading === 'Policy file' && isPolicy(b.text))?.text ?? ''
      const pack = blocks.find((b) => isPack(b.text))
      const packPath = /saved as\s+`([^`]+)`/.exec(readme.slice(readme.indexOf('### Rule packs')))?.[1]
      expect(packPath, 'the Rule packs section says where the pack is saved').toBeDefined()
      expect(policy).toContain(packPath)
      const dir = tempDir()
      git(dir, 'init', '-q', '-b', 'main')
      const files: Record<string, string> = { '.github/tos-guard.yml': policy, [packPath ?? '']: pack?.text ?? '', 'legal/terms.md': 'Terms.\n', 'legal/archive/2020.md': 'Old terms.\n' }
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true })
        writeFileSync(join(dir, path), text)
      }
      git(dir, 'add', '.')
      git(dir, 'commit', '-q', '-m', 'base')
      expect(runIn(['check', '--base', 'HEAD'], dir)).toEqual({ status: 0, stdout: 'tos-guard: no findings\n', stderr: '' })
    } finally {
      cleanTemp()
    }
  })
})
