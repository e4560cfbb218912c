import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli, type CliIo } from '../src/cli/run.js'
import { VERSION } from '../src/version.js'

const root = join(import.meta.dirname, '..')
const example = (side: string): string => join(root, 'examples', 'acme-terms', `${side}.md`)

function run(args: string[], cwd = root): { status: number; stdout: string; stderr: string } {
  let stdout = ''
  let stderr = ''
  const io: CliIo = { cwd, env: {}, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdoutIsTty: false, stderrIsTty: false, today: '2026-11-28' }
  const status = runCli(args, io)
  return { status, stdout, stderr }
}

const temp: string[] = []
afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true })
})
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tos-guard-cli-'))
  temp.push(dir)
  return dir
}

describe('tos-guard diff', () => {
  it('prints compiler-style lines and exits 1 on findings', () => {
    const r = run(['diff', example('before'), example('after')])
    expect(r.status).toBe(1)
    expect(r.stderr).toBe('')
    expect(r.stdout).toMatch(/after\.md:\d+:\d+ critical ai-training New AI-training purpose/)
    expect(r.stdout).toMatch(/before\.md:\d+:\d+ high removed-protection /)
    expect(r.stdout).not.toMatch(/\u001b\[/)
  })

  it('prints exactly one JSON object in the documented shape', () => {
    const r = run(['diff', example('before'), example('after'), '--format', 'json'])
    const report = JSON.parse(r.stdout) as { version: number; files: Array<{ path: string; findings: Array<Record<string, unknown>> }> }
    expect(report.version).toBe(1)
    expect(report.files).toHaveLength(1)
    expect(report.files[0]?.path).toBe(example('after'))
    for (const f of report.files[0]?.findings ?? []) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['id', 'category', 'severity', 'side', 'startLine', 'endLine', 'excerpt', 'added', 'message']))
      expect(f.id).toMatch(/^[0-9a-f]{16}(-f?\d+)?$/)
    }
  })

  it('writes SARIF 2.1.0 and Markdown', () => {
    const sarif = JSON.parse(run(['diff', example('before'), example('after'), '--format', 'sarif']).stdout) as { version: string; runs: Array<{ results: unknown[] }> }
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0]?.results.length).toBeGreaterThan(0)
    expect(run(['diff', example('before'), example('after'), '--format', 'markdown']).stdout).toMatch(/^## tos-guard: \d+ findings/)
  })

  it('exits 0 when nothing reaches --fail-on, and 0 with no findings at all', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.md'), 'You grant us a license to host your content to provide the Services.\n')
    writeFileSync(join(dir, 'b.md'), 'You grant us a perpetual license to host your content to provide the Services.\n')
    expect(run(['diff', 'a.md', 'b.md', '--fail-on', 'critical'], dir).status).toBe(0)
    expect(run(['diff', 'a.md', 'b.md'], dir).status).toBe(1)
    const same = run(['diff', 'a.md', 'a.md'], dir)
    expect(same.status).toBe(0)
    expect(same.stdout).toBe('tos-guard: no findings\n')
  })

  it('refuses bad input with one line on stderr and exit status 2', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'bin.md'), Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]))
    writeFileSync(join(dir, 'latin1.md'), Buffer.from('Caf\xe9 terms\n', 'latin1'))
    writeFileSync(join(dir, 'ok.md'), 'Terms.\n')
    const cases: Array<[string[], RegExp]> = [
      [['diff', 'missing.md', 'ok.md'], /^tos-guard: cannot read missing\.md: no such file\n$/],
      [['diff', 'bin.md', 'ok.md'], /^tos-guard: bin\.md: binary file/],
      [['diff', 'ok.md', 'latin1.md'], /^tos-guard: latin1\.md: not valid UTF-8 text\n$/],
      [['diff', 'ok.md', '.'], /^tos-guard: cannot read \.: it is a directory, not a regular file\n$/],
      [['diff', 'ok.md'], /^tos-guard: diff needs two files/],
      [['diff', 'ok.md', 'ok.md', '--format', 'xml'], /^tos-guard: unknown --format 'xml'/],
      [['diff', 'ok.md', 'ok.md', '--fail-on', 'severe'], /^tos-guard: unknown --fail-on 'severe'/],
      [['diff', 'ok.md', 'ok.md', '--colour'], /^tos-guard: Unknown option '--colour'/],
      [['frobnicate'], /^tos-guard: unknown command 'frobnicate'/],
      [[], /^tos-guard: missing command/],
    ]
    for (const [args, expected] of cases) {
      const r = run(args, dir)
      expect(r.status, args.join(' ')).toBe(2)
      expect(r.stdout, args.join(' ')).toBe('')
      expect(r.stderr, args.join(' ')).toMatch(expected)
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1)
    }
  })

  it('prints its version and help', () => {
    expect(run(['--version']).stdout).toBe(`${VERSION}\n`)
    expect(run(['--help']).stdout).toMatch(/^Usage:/)
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
    expect(VERSION).toBe(pkg.version)
  })
})

const PRIVACY = `# Privacy Policy

We collect the information you give us when you create an account.

We use it to run the service, answer support requests and keep accounts secure.

We do not sell your personal data.

You can ask us for a copy of your data or ask us to delete it at any time.

We keep logs for 30 days.
`

describe('tos-guard check', () => {
  function repo(): string {
    const dir = tempDir()
    const git = (...args: string[]): void => {
      execFileSync('git', args, { cwd: dir, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e.test', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e.test' } })
    }
    git('init', '-q', '-b', 'main')
    cpSync(example('before'), join(dir, 'terms.md'))
    writeFileSync(join(dir, 'privacy.md'), PRIVACY)
    writeFileSync(join(dir, 'notes.txt'), 'not markdown\n')
    git('add', '.')
    git('commit', '-q', '-m', 'base')
    git('checkout', '-q', '-b', 'change')
    return dir
  }

  it('compares the working tree with the merge base of the default branch', () => {
    const dir = repo()
    cpSync(example('after'), join(dir, 'terms.md'))
    writeFileSync(join(dir, 'new-policy.markdown'), 'We may use your messages to train our AI models.\n')
    const r = run(['check', '--format', 'json'], dir)
    const report = JSON.parse(r.stdout) as { files: Array<{ path: string; status: string; findings: unknown[] }> }
    expect(report.files.map((f) => [f.path, f.status])).toEqual([
      ['new-policy.markdown', 'added'],
      ['terms.md', 'modified'],
    ])
    expect(report.files.every((f) => f.findings.length > 0)).toBe(true)
    expect(r.status).toBe(1)
  })

  it('compares two refs, follows renames, and limits to the PATHs given', () => {
    const dir = repo()
    execFileSync('git', ['mv', 'privacy.md', 'privacy-policy.md'], { cwd: dir })
    writeFileSync(join(dir, 'privacy-policy.md'), PRIVACY.replace('We do not sell your personal data.', 'We may sell your personal data.'))
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e.test', 'commit', '-qam', 'rename'], { cwd: dir })
    const r = run(['check', '--base', 'main', '--head', 'HEAD', '--format', 'json', 'privacy-policy.md'], dir)
    const report = JSON.parse(r.stdout) as { files: Array<{ path: string; previousPath?: string; findings: Array<{ category: string }> }> }
    expect(report.files).toHaveLength(1)
    expect(report.files[0]).toMatchObject({ path: 'privacy-policy.md', previousPath: 'privacy.md' })
    expect(report.files[0]?.findings.map((f) => f.category).sort()).toEqual(['broad-license-grant', 'removed-protection'])
  })

  it('says what is wrong with a bad ref or a directory outside git', () => {
    const dir = repo()
    expect(run(['check', '--base', 'no-such-branch'], dir)).toMatchObject({ status: 2, stderr: "tos-guard: unknown revision 'no-such-branch'\n" })
    const outside = tempDir()
    const r = run(['check'], outside)
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/^tos-guard: not inside a git repository/)
  })
})

describe('the committed bundle', () => {
  it('runs `node dist/cli.js diff` with no node_modules in reach', () => {
    const dir = tempDir()
    cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true })
    const r = spawnSync(process.execPath, [join(dir, 'dist', 'cli.js'), 'diff', example('before'), example('after'), '--format', 'json'], { cwd: dir, encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(1)
    expect((JSON.parse(r.stdout) as { files: Array<{ findings: unknown[] }> }).files[0]?.findings.length).toBeGreaterThan(0)
  })
})

describe('configuration on the command line', () => {
  it('reports every policy error with its line and exits 2', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.md'), 'Terms.\n')
    writeFileSync(join(dir, 'policy.yml'), 'fail-on: severe\npaths:\n  includ: []\n')
    const r = run(['diff', 'a.md', 'a.md', '--config', 'policy.yml'], dir)
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(
      'tos-guard: policy.yml:1:10: fail-on must be one of low, medium, high, critical (got "severe")\ntos-guard: policy.yml:3:3: unknown key "includ" in paths (did you mean "include"?)\n',
    )
  })

  it('takes fail-on from the policy unless --fail-on is given', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.md'), 'You grant us a license to host your content to provide the Services.\n')
    writeFileSync(join(dir, 'b.md'), 'You grant us a perpetual license to host your content to provide the Services.\n')
    writeFileSync(join(dir, 'policy.yml'), 'fail-on: critical\n')
    expect(run(['diff', 'a.md', 'b.md', '--config', 'policy.yml'], dir).status).toBe(0)
    expect(run(['diff', 'a.md', 'b.md', '--config', 'policy.yml', '--fail-on', 'low'], dir).status).toBe(1)
  })

  it('check reads the policy as of the base revision, not the working tree', () => {
    const dir = tempDir()
    const git = (...args: string[]): void => {
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e.test', ...args], { cwd: dir, stdio: 'ignore' })
    }
    git('init', '-q', '-b', 'main')
    mkdirSync(join(dir, '.github'))
    writeFileSync(join(dir, '.github', 'tos-guard.yml'), 'paths:\n  include: ["legal/**"]\n')
    mkdirSync(join(dir, 'legal'))
    writeFileSync(join(dir, 'legal', 'terms.md'), 'Terms.\n')
    writeFileSync(join(dir, 'notes.md'), 'Notes.\n')
    git('add', '.')
    git('commit', '-qm', 'base')
    // The change tries to widen what is excluded; the base policy still decides.
    writeFileSync(join(dir, '.github', 'tos-guard.yml'), 'paths:\n  include: ["nothing/**"]\n')
    writeFileSync(join(dir, 'legal', 'terms.md'), 'Terms.\n\nWe may use your messages to train our AI models.\n')
    writeFileSync(join(dir, 'notes.md'), 'Notes.\n\nWe may use your messages to train our AI models.\n')
    const r = run(['check', '--base', 'main', '--format', 'json'], dir)
    const report = JSON.parse(r.stdout) as { files: Array<{ path: string; findings: Array<{ category: string }> }> }
    // notes.md is not a terms document under the base policy; the policy edit itself needs sign-off.
    expect(report.files.map((f) => f.path)).toEqual(['.github/tos-guard.yml', 'legal/terms.md'])
    expect(report.files[0]?.findings.map((f) => f.category)).toEqual(['policy-change'])
    expect(r.status).toBe(1)
  })
})

describe('tos-guard init', () => {
  it('writes a valid starter policy and the workflow, and will not overwrite them', () => {
    const dir = tempDir()
    execFileSync('git', ['init', '-q'], { cwd: dir })
    const first = run(['init'], dir)
    expect(first.status).toBe(0)
    expect(first.stdout).toMatch(/wrote \.github\/tos-guard\.yml\nwrote \.github\/workflows\/tos-guard\.yml\n/)
    writeFileSync(join(dir, 'a.md'), 'Terms.\n')
    // Valid except for the approver placeholder, which must fail until filled (cli-conventions.test.ts).
    expect(run(['diff', 'a.md', 'a.md', '--config', '.github/tos-guard.yml'], dir)).toMatchObject({ status: 2, stderr: expect.stringMatching(/approvers\.default\.users\[0\] must be a GitHub login/) })
    const again = run(['init'], dir)
    expect(again).toMatchObject({ status: 2, stderr: 'tos-guard: .github/tos-guard.yml and .github/workflows/tos-guard.yml already exist; use --force to overwrite\n' })
    expect(run(['init', '--force'], dir).status).toBe(0)
  })
})
