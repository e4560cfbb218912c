import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cleanTemp, example, runIn, tempDir } from './helpers/cli.js'

afterAll(cleanTemp)

/*
 * Issue 11 (smaller defects): /dev/zero as an argument read for ever. The CLI reads regular files
 * only, and says so in one line, exit status 2, before reading a byte.
 */
describe('the CLI reads regular files only', () => {
  const dir = tempDir()
  const fifo = join(dir, 'pipe.md')
  execFileSync('mkfifo', [fifo])
  mkdirSync(join(dir, 'folder.md'))
  const cases: Array<[string, string, string]> = [
    ['a character device', '/dev/zero', 'a character device'],
    ['a FIFO', fifo, 'a FIFO'],
    ['a directory', join(dir, 'folder.md'), 'a directory'],
  ]
  for (const [name, path, kind] of cases) {
    it(`diff refuses ${name} as BEFORE or AFTER`, () => {
      for (const args of [[path, example('after')], [example('before'), path]]) {
        const r = runIn(['diff', ...args])
        expect(r).toEqual({ status: 2, stdout: '', stderr: `tos-guard: cannot read ${path}: it is ${kind}, not a regular file\n` })
      }
    })

    it(`notice refuses ${name}`, () => {
      const r = runIn(['notice', example('before'), path])
      expect(r).toEqual({ status: 2, stdout: '', stderr: `tos-guard: cannot read ${path}: it is ${kind}, not a regular file\n` })
    })

    it(`--config refuses ${name}`, () => {
      const r = runIn(['diff', example('before'), example('after'), '--config', path])
      expect(r).toEqual({ status: 2, stdout: '', stderr: `tos-guard: cannot read ${path}: it is ${kind}, not a regular file\n` })
    })
  }
})
