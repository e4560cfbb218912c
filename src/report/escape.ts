/**
 * Makes text quoted from a terms document safe to put in a GitHub comment: it cannot mention
 * people or teams, inject HTML, forge tos-guard's hidden markers, reference issues, or break out
 * of the table cell or block quote it is put in.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;')
    .replace(/#(?=\d)/g, '&#35;')
    .replace(/([`*_[\]|~^$])/g, '\\$1')
    .replace(/^([-+=]|\d+[.)])(?=\s)/, '\\$1')
    .replace(/:(?=[a-z0-9_+-]+:)/gi, '&#58;')
}

/** Shortens text to `max` characters at a word boundary. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`
}
