/**
 * Hidden markers in tos-guard's own comments: they make re-runs idempotent. Only comments written
 * by the token's own identity are read for markers, and quoted document text is escaped so that
 * it can never contain one.
 */
export const SUMMARY_MARKER = '<!-- tos-guard:summary -->'

export function findingMarker(id: string): string {
  return `<!-- tos-guard:finding id=${id} -->`
}

const FINDING = /<!-- tos-guard:finding id=([0-9a-f]{16}(?:-f?\d+)?) -->/g

/** The finding ids marked in a comment body. */
export function markedIds(body: string | null | undefined): string[] {
  if (!body) return []
  return [...body.matchAll(FINDING)].map((m) => m[1] ?? '')
}
