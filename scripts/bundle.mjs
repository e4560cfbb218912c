/**
 * Builds the committed bundles with ncc: dist/index.js (the Action) and dist/cli.js (the CLI),
 * each self-contained so that `node dist/cli.js` works from a clean clone with no install.
 */
import { chmodSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const ncc = require('@vercel/ncc')
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'dist')

const entries = [
  { input: 'src/cli.ts', output: 'cli.js', banner: '#!/usr/bin/env node\n' },
  ...(process.env.TOS_GUARD_BUNDLE_ONLY === 'cli' ? [] : [{ input: 'src/index.ts', output: 'index.js', banner: '' }]),
  // The thread both of them analyse each file in, so that a file past its time budget can be stopped.
  { input: 'src/files/worker.ts', output: 'worker.js', banner: '' },
]

// Build everything first: a failed build leaves the committed dist/ as it was.
const built = []
for (const entry of entries) {
  const started = Date.now()
  const result = await ncc(join(root, entry.input), {
    minify: false,
    sourceMap: false,
    license: 'licenses.txt',
    quiet: true,
    target: 'es2022',
  })
  built.push({ entry, ...result, millis: Date.now() - started })
}
rmSync(dist, { recursive: true, force: true })
mkdirSync(dist, { recursive: true })
const licenses = new Map()
for (const { entry, code, assets, millis } of built) {
  writeFileSync(join(dist, entry.output), entry.banner + code.replace(/^#!.*\n/, ''))
  for (const [name, asset] of Object.entries(assets)) {
    if (name === 'licenses.txt') {
      licenses.set(entry.output, asset.source.toString())
      continue
    }
    if (name === 'package.json') continue
    const target = join(dist, name)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, asset.source)
  }
  console.log(`bundled ${entry.input} -> dist/${entry.output} (${(code.length / 1024).toFixed(0)} kB, ${millis} ms)`)
}
// One licence file for both bundles, without duplicates, in a stable order.
const seen = new Set()
const blocks = []
for (const text of licenses.values()) {
  for (const block of text.split(/\n\n(?=\S+\n)/)) {
    const key = block.split('\n')[0]
    if (seen.has(key)) continue
    seen.add(key)
    blocks.push(block.trim())
  }
}
blocks.sort()
writeFileSync(join(dist, 'licenses.txt'), `${blocks.join('\n\n')}\n`)
writeFileSync(join(dist, 'package.json'), '{ "type": "module" }\n')
// `bin` points at dist/cli.js: with its shebang and the execute bits it runs as ./dist/cli.js and
// through npx; git records the mode, so a clone gets it too.
chmodSync(join(dist, 'cli.js'), 0o755)
console.log(`dist/: ${readdirSync(dist).join(', ')}`)
