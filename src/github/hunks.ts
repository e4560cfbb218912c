import type { Finding } from '../analysis/types.js'

/** Line ranges of a file's diff that review comments may target, per side. */
export interface DiffLines {
  /** New-file lines in a hunk (added or context): RIGHT. */
  right: Array<[number, number]>
  /** Old-file lines in a hunk (deleted or context): LEFT. */
  left: Array<[number, number]>
}

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/gm

/**
 * Reads the line ranges of the `patch` of a pull request file (hunks only, no file headers) from
 * its hunk headers. Tolerant by design: a malformed patch yields fewer ranges, never an error.
 */
export function diffLines(patch: string | undefined): DiffLines {
  const right: Array<[number, number]> = []
  const left: Array<[number, number]> = []
  if (!patch) return { right, left }
  for (const m of patch.matchAll(HUNK)) {
    const oldStart = Number(m[1])
    const oldLines = m[2] === undefined ? 1 : Number(m[2])
    const newStart = Number(m[3])
    const newLines = m[4] === undefined ? 1 : Number(m[4])
    if (newLines > 0) right.push([newStart, newStart + newLines - 1])
    if (oldLines > 0) left.push([oldStart, oldStart + oldLines - 1])
  }
  return { right, left }
}

/** Where an inline comment on a finding goes: lines inside one hunk, on the finding's side. */
export interface Placement {
  side: 'RIGHT' | 'LEFT'
  line: number
  startLine?: number
}

/**
 * Places a finding on the diff: the part of its lines that falls inside a hunk (GitHub rejects
 * the whole review when one comment targets a line outside the diff). Undefined when no part does.
 */
export function placeFinding(f: Pick<Finding, 'side' | 'startLine' | 'endLine' | 'highlights'>, lines: DiffLines): Placement | undefined {
  const side = f.side === 'after' ? 'RIGHT' : 'LEFT'
  const ranges = side === 'RIGHT' ? lines.right : lines.left
  const hits = ranges
    .map(([a, b]) => [Math.max(a, f.startLine), Math.min(b, f.endLine)] as [number, number])
    .filter(([a, b]) => a <= b)
  if (hits.length === 0) return undefined
  // Prefer the hunk that holds the words the finding is about.
  const marked = hits.find(([a, b]) => f.highlights.some((h) => h.line >= a && h.line <= b)) ?? hits[0]
  if (!marked) return undefined
  const [start, end] = marked
  return { side, line: end, ...(start < end ? { startLine: start } : {}) }
}
