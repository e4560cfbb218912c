import { cpSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cleanTemp, example, git, root, runIn, tempDir, termsRepo } from './helpers/cli.js'

afterAll(cleanTemp)

describe('check never passes silently', () => {
  it('a folder that does not exist is an error, not "no findings"', () => {
    const dir = termsRepo()
    const r = runIn(['check', 'legl/'], dir)
    expect(r).toMatchObject({ status: 2, stdout: '' })
    expect(r.stderr).toBe("tos-guard: legl/ matches no file (no such file or folder)\n")
  })

  it('a glob that matches nothing is an error', () => {
    const dir = termsRepo()
    const r = runIn(['check', 'legal/*.mdx'], dir)
    expect(r).toMatchObject({ status: 2, stdout: '' })
    expect(r.stderr).toBe('tos-guard: legal/*.mdx matches no file\n')
  })

  it('a path with files but no terms document under the policy is an error', () => {
    const dir = termsRepo()
    const r = runIn(['check', 'README.md'], dir)
    expect(r).toMatchObject({ status: 2, stdout: '' })
    expect(r.stderr).toMatch(/^tos-guard: README\.md is not a terms document under the policy's paths \(legal\/\*\*\/\*\.md\)\n$/)
  })

  it('a glob that matches terms documents limits the check to them', () => {
    const dir = termsRepo()
    cpSync(example('after'), join(dir, 'legal', 'terms.md'))
    const r = runIn(['check', 'legal/*.md', '--format', 'json'], dir)
    expect(r.status).toBe(1)
    expect((JSON.parse(r.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path)).toEqual(['legal/terms.md'])
  })
})

describe('check applies the policy as the Action does', () => {
  it('flags a change to the policy file as a policy-change finding', () => {
    const dir = termsRepo()
    writeFileSync(join(dir, '.github', 'tos-guard.yml'), 'paths:\n  include: ["legal/**/*.md"]\nfail-on: critical\n')
    const r = runIn(['check', '--format', 'json'], dir)
    const report = JSON.parse(r.stdout) as { files: Array<{ path: string; findings: Array<{ category: string; rule: string; startLine: number }> }> }
    expect(report.files.map((f) => f.path)).toEqual(['.github/tos-guard.yml'])
    expect(report.files[0]?.findings).toMatchObject([{ category: 'policy-change', rule: 'builtin/policy-changed', startLine: 3 }])
    // The base policy's fail-on (low) decides, not the changed one.
    expect(r.status).toBe(1)
  })

  it('flags a change to a rule pack the policy names', () => {
    const dir = termsRepo('packs: [".github/pack.yml"]\npaths:\n  include: ["legal/**/*.md"]\n')
    writeFileSync(join(dir, '.github', 'pack.yml'), 'name: acme\n')
    git(dir, 'add', '.')
    git(dir, 'commit', '-q', '-m', 'pack')
    writeFileSync(join(dir, '.github', 'pack.yml'), 'name: acme\nvocabulary:\n  ai-nouns: ["Acme Brain"]\n')
    // The pack was committed on this branch: compare the working tree with that commit.
    const r = runIn(['check', '--base', 'HEAD', '--format', 'json'], dir)
    expect((JSON.parse(r.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path)).toEqual(['.github/pack.yml'])
    expect(r.status).toBe(1)
  })
})

describe('per-command help', () => {
  for (const command of ['diff', 'check', 'init']) {
    it(`${command} --help prints that command's usage and exits 0`, () => {
      const r = runIn([command, '--help'])
      expect(r.status).toBe(0)
      expect(r.stderr).toBe('')
      expect(r.stdout).toMatch(new RegExp(`^Usage: tos-guard ${command} `))
    })
  }
})

describe('stdin, -o and --quiet', () => {
  it('diff reads AFTER from stdin when it is -', () => {
    const r = runIn(['diff', example('before'), '-', '--format', 'json'], root, { readStdin: () => readFileSync(example('after')) })
    expect(r.status).toBe(1)
    const report = JSON.parse(r.stdout) as { files: Array<{ path: string; findings: unknown[] }> }
    expect(report.files[0]?.path).toBe('-')
    expect(report.files[0]?.findings.length).toBeGreaterThan(0)
  })

  it('refuses - for both files', () => {
    expect(runIn(['diff', '-', '-'], root, { readStdin: () => Buffer.from('') })).toMatchObject({ status: 2, stderr: 'tos-guard: diff can read only one of BEFORE and AFTER from stdin (-)\n' })
  })

  it('-o writes the report to a file and nothing to stdout', () => {
    const dir = tempDir()
    const r = runIn(['diff', example('before'), example('after'), '--format', 'sarif', '-o', 'out.sarif'], dir)
    expect(r).toMatchObject({ status: 1, stdout: '', stderr: '' })
    expect((JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as { version: string }).version).toBe('2.1.0')
  })

  it('--quiet silences warnings on stderr', () => {
    const dir = termsRepo('paths:\n  include: ["legal/**/*.md", "nowhere/**"]\n')
    expect(runIn(['check'], dir).stderr).toMatch(/warning: the policy's glob "nowhere\/\*\*" matches no file/)
    expect(runIn(['check', '--quiet'], dir).stderr).toBe('')
  })
})

describe('progress for long runs', () => {
  function manyChanges(): string {
    const dir = termsRepo()
    for (let k = 0; k < 6; k++) cpSync(example('after'), join(dir, 'legal', `t${k}.md`))
    return dir
  }
  // A clock that advances 400 ms per reading: the run looks long without being long.
  const slowClock = (): (() => number) => {
    let t = 0
    return () => (t += 400)
  }

  it('shows progress on a terminal stderr once the run takes a while, and keeps stdout clean JSON', () => {
    const r = runIn(['check', '--format', 'json'], manyChanges(), { stderrIsTty: true, now: slowClock() })
    expect(r.stderr).toMatch(/analysing \d+\/6 legal\/t\d\.md/)
    expect(() => JSON.parse(r.stdout)).not.toThrow()
  })

  it('writes no progress when stderr is not a terminal, or with --quiet', () => {
    expect(runIn(['check', '--format', 'json'], manyChanges(), { now: slowClock() }).stderr).toBe('')
    expect(runIn(['check', '--format', 'json', '--quiet'], manyChanges(), { stderrIsTty: true, now: slowClock() }).stderr).toBe('')
  })
})

describe('JSON: removed protections', () => {
  it('lists what a removed-protection finding removed under `removed`, not `added`', () => {
    const r = runIn(['diff', example('before'), example('after'), '--format', 'json'])
    const findings = (JSON.parse(r.stdout) as { files: Array<{ findings: Array<{ category: string; added: string[]; removed?: string[] }> }> }).files[0]?.findings ?? []
    const removed = findings.filter((f) => f.category === 'removed-protection')
    expect(removed.length).toBeGreaterThan(0)
    for (const f of removed) {
      expect(f.added).toEqual([])
      expect(f.removed?.length).toBeGreaterThan(0)
    }
    for (const f of findings.filter((x) => x.category !== 'removed-protection')) expect(f.removed).toBeUndefined()
  })
})

describe('the bundle is executable', () => {
  it('dist/cli.js starts with a shebang and has its execute bits set', () => {
    expect(readFileSync(join(root, 'dist', 'cli.js'), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node')
    expect(statSync(join(root, 'dist', 'cli.js')).mode & 0o111).toBe(0o111)
    expect(git(root, 'ls-files', '-s', 'dist/cli.js')).toMatch(/^100755 /)
  })

  it('the bundle script sets the mode, so a rebuild keeps it', () => {
    expect(readFileSync(join(root, 'scripts', 'bundle.mjs'), 'utf8')).toMatch(/chmodSync\(join\(dist, 'cli\.js'\), 0o755\)/)
  })
})

describe('init writes a policy for this repository', () => {
  function repoWith(files: string[]): string {
    const dir = tempDir()
    git(dir, 'init', '-q', '-b', 'main')
    for (const f of files) {
      mkdirSync(dirname(join(dir, f)), { recursive: true })
      writeFileSync(join(dir, f), '# Doc\n')
    }
    git(dir, 'add', '.')
    return dir
  }

  it('includes the terms documents it finds, not every .md (a README edit is not a terms change)', () => {
    const dir = repoWith(['README.md', 'docs/setup.md', 'legal/terms-of-service.md', 'legal/privacy.md', 'site/cookie-policy.md'])
    const r = runIn(['init'], dir)
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('found 3 terms documents')
    const policy = readFileSync(join(dir, '.github', 'tos-guard.yml'), 'utf8')
    expect(policy).toMatch(/include:\n {4}- "legal\/\*\*\/\*\.md"\n {4}- "site\/cookie-policy\.md"\n/)
    expect(policy).not.toContain('"**/*.md"')
  })

  it('with no terms document found, says so and uses common names, never every .md', () => {
    const dir = repoWith(['README.md', 'docs/setup.md'])
    const r = runIn(['init'], dir)
    expect(r.stdout).toContain('found no terms documents')
    const policy = readFileSync(join(dir, '.github', 'tos-guard.yml'), 'utf8')
    expect(policy).toContain('"**/terms*.md"')
    expect(policy).not.toContain('"**/*.md"')
  })

  it('leaves approvers as a placeholder that fails validation, loudly and on its line, until filled', () => {
    const dir = repoWith(['legal/terms.md'])
    runIn(['init'], dir)
    const path = join(dir, '.github', 'tos-guard.yml')
    const r = runIn(['diff', 'legal/terms.md', 'legal/terms.md', '--config', '.github/tos-guard.yml'], dir)
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/^tos-guard: \.github\/tos-guard\.yml:\d+:\d+: approvers\.default\.users\[0\] must be a GitHub login/)
    writeFileSync(path, readFileSync(path, 'utf8').replace('"<github-login-of-counsel>"', 'alice-counsel'))
    expect(runIn(['diff', 'legal/terms.md', 'legal/terms.md', '--config', '.github/tos-guard.yml'], dir).status).toBe(0)
  })
})
