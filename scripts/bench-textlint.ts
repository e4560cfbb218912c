import { createRequire } from 'node:module'
import { TextlintKernel, type TextlintKernelOptions } from '@textlint/kernel'
import { analyze } from '../src/analysis/engine.js'

const require = createRequire(import.meta.url)
// Both are CommonJS modules with a default export: loaded as textlint itself loads them.
const interop = (m: { default?: unknown }): unknown => m.default ?? m
const markdownPlugin = interop(require('@textlint/textlint-plugin-markdown') as { default?: unknown })
const ngWord = interop(require('textlint-rule-ng-word') as { default?: unknown })

/**
 * textlint with a keyword dictionary rule — the tool a team would reach for — over the same two
 * files tos-guard compares: it only lints each file for words; tos-guard diffs and analyses.
 */
const WORDS = ['perpetual', 'irrevocable', 'sublicensable', 'sub-licensable', 'royalty-free', 'transferable', 'all other rights', 'machine learning', 'artificial intelligence', 'train', 'training', 'derivative works', 'moral rights', 'likeness', 'sell your']

export async function benchTextlint(pair: { before: string; after: string }, reps: number): Promise<{ size: number; textlint: number; tosGuard: number }> {
  const kernel = new TextlintKernel()
  const options = {
    ext: '.md',
    plugins: [{ pluginId: 'markdown', plugin: markdownPlugin }],
    rules: [{ ruleId: 'ng-word', rule: ngWord, options: { words: WORDS } }],
  } as unknown as TextlintKernelOptions
  const lint = async (): Promise<void> => {
    await kernel.lintText(pair.before, { ...options, filePath: 'before.md' })
    await kernel.lintText(pair.after, { ...options, filePath: 'after.md' })
  }
  await lint()
  analyze(pair.before, pair.after)
  const tl: number[] = []
  const tg: number[] = []
  for (let i = 0; i < reps; i++) {
    let t = performance.now()
    await lint()
    tl.push(performance.now() - t)
    t = performance.now()
    analyze(pair.before, pair.after)
    tg.push(performance.now() - t)
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
  return { size: pair.before.length + pair.after.length, textlint: median(tl), tosGuard: median(tg) }
}
