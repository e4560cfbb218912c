import { RE2JS } from 're2js'
import { phrasePattern } from '../rules/merge.js'
import type { CustomRule, RulePack, Severity } from '../rules/types.js'
import type { Alignment } from './align.js'
import type { DraftFinding } from './draft.js'
import type { AnalysedSide } from './side.js'
import { compileAlternation, findFirst, type Span } from './text.js'

/** A company rule compiled: phrases as escaped native patterns, user regexes on RE2 (linear time). */
export interface CompiledRule {
  rule: CustomRule
  any?: RegExp[]
  all: RegExp[]
  none: RegExp[]
  patterns: RE2JS[]
}

const cache = new WeakMap<RulePack, CompiledRule[]>()

/** Compiles a user regex on RE2, or says why it cannot be (backreferences, lookaround …). */
export function compileRe2(source: string): RE2JS | string {
  try {
    return RE2JS.compile(source, RE2JS.CASE_INSENSITIVE)
  } catch (error) {
    return (error as Error).message.replace(/^error parsing regexp: /, '')
  }
}

export function compileRules(pack: RulePack): CompiledRule[] {
  const cached = cache.get(pack)
  if (cached) return cached
  const phrase = (p: string): RegExp => compileAlternation([phrasePattern(p)])
  const compiled = pack.rules.map((rule) => ({
    rule,
    ...(rule.any ? { any: rule.any.map(phrase) } : {}),
    all: (rule.all ?? []).map(phrase),
    none: (rule.none ?? []).map(phrase),
    patterns: (rule.patterns ?? []).flatMap((p) => {
      const re = compileRe2(p)
      return typeof re === 'string' ? [] : [re]
    }),
  }))
  cache.set(pack, compiled)
  return compiled
}

/** Where the rule matches the text, or undefined when it does not. */
export function ruleMatch(r: CompiledRule, text: string): Span | undefined {
  if (r.none.some((re) => findFirst(re, text))) return undefined
  let span: Span | undefined
  for (const re of r.all) {
    const s = findFirst(re, text)
    if (!s) return undefined
    span ??= s
  }
  if (r.any) {
    const s = r.any.map((re) => findFirst(re, text)).find((x) => x !== undefined)
    if (!s) return undefined
    span ??= s
  }
  if (r.patterns.length > 0 || (r.rule.patterns?.length ?? 0) > 0) {
    let hit: Span | undefined
    for (const re of r.patterns) {
      const m = re.matcher(text)
      if (m.find()) {
        hit = { start: m.start(), end: m.end() }
        break
      }
    }
    if (!hit) return undefined
    span ??= hit
  }
  return span
}

const SCORE: Record<Severity, number> = { low: 1, medium: 3, high: 5, critical: 9 }

/** Company rules: a changed or added clause that matches where its counterpart did not. */
export function compareCustomRules(base: AnalysedSide, head: AnalysedSide, i: number, alignment: Alignment, rules: readonly CompiledRule[]): DraftFinding[] {
  if (rules.length === 0) return []
  const reading = head.facts(i).reading
  const pair = alignment.headPair[i]
  const previous = pair !== undefined ? base.facts(pair).reading.text : undefined
  const drafts: DraftFinding[] = []
  for (const r of rules) {
    const span = ruleMatch(r, reading.text)
    if (!span || span.end <= reading.contextLength) continue
    if (previous !== undefined && ruleMatch(r, previous)) continue
    drafts.push({
      category: r.rule.category,
      side: 'after',
      rule: r.rule.id,
      clauseIndex: i,
      added: [{ label: reading.text.slice(span.start, span.end), span }],
      score: SCORE[r.rule.severity],
      describe: () => r.rule.message,
      sideData: head,
      ...(r.rule.remediation ? { remediation: r.rule.remediation } : {}),
      ...(pair !== undefined ? { previous: base.clause(pair) } : {}),
    })
  }
  return drafts
}
