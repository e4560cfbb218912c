import { analyze } from '../../src/analysis/engine.js'
import type { Finding } from '../../src/analysis/types.js'

/** Findings of a change, trimmed to what tests assert on. */
export function findings(before: string, after: string): Finding[] {
  return analyze(before, after).findings
}

export function categories(before: string, after: string): string[] {
  return findings(before, after).map((f) => `${f.side}:${f.category}`)
}

/** A small, realistic terms document to edit in tests. */
export const BASE_TERMS = `# Terms of Service

## 1. Your Content

You retain ownership of the content you post ("Your Content").

By posting Your Content, you grant us a worldwide, non-exclusive, royalty-free license to host, store, reproduce and display Your Content solely to provide the Services.

## 2. Privacy

We do not sell your personal information.

We may use your personal information to provide customer support.

## 3. Feedback

If you send us feedback, you grant us a perpetual, irrevocable license to use it for any purpose.

## 4. Governing law

These terms are governed by the laws of the State of California.
`
