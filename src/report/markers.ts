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

/**
 * Makes rendered text unable to carry any hidden marker: every HTML comment opener after the
 * leading summary marker becomes visible text. Escaping each quoted path, title and excerpt is
 * the first defence; this is the second, so that a value someone forgets to escape still
 * cannot be read back as tos-guard's state.
 */
export function neutraliseMarkers(text: string, keepLeading = SUMMARY_MARKER): string {
  const lead = text.startsWith(keepLeading) ? keepLeading : ''
  return lead + text.slice(lead.length).replace(/<!--/g, '&lt;!--')
}
