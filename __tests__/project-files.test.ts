import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const root = join(import.meta.dirname, '..')
const read = (path: string): string => readFileSync(join(root, path), 'utf8')

describe('a releasable project', () => {
  it('has a LICENSE matching package.json', () => {
    expect((JSON.parse(read('package.json')) as { license: string }).license).toBe('MIT')
    expect(read('LICENSE')).toMatch(/^MIT License\n/)
  })

  it('has a CI workflow that runs .ci/run', () => {
    const workflow = parse(read('.github/workflows/ci.yml')) as { jobs: Record<string, { steps: Array<{ run?: string }> }> }
    expect(Object.values(workflow.jobs).flatMap((j) => j.steps.map((s) => s.run))).toContain('bash .ci/run')
  })

  it('has CHANGELOG, CONTRIBUTING with the v1 release procedure, SECURITY and CODEOWNERS', () => {
    for (const file of ['CHANGELOG.md', 'CONTRIBUTING.md', 'SECURITY.md', '.github/CODEOWNERS']) expect(existsSync(join(root, file)), file).toBe(true)
    expect(read('CONTRIBUTING.md')).toMatch(/## Releasing[\s\S]*git tag -fa v1 /)
    expect(read('CHANGELOG.md')).toMatch(/## \[Unreleased\]/)
  })

  it('the README opens with what the Action does, before any command', () => {
    const opening = read('README.md').split('\n```')[0] ?? ''
    expect(opening).toMatch(/GitHub Action/)
    expect(opening).not.toMatch(/^node dist\/cli\.js/m)
  })
})
