/**
 * U+2060 WORD JOINER: invisible and never a line break. GitHub turns `@name`, `#12`, `GH-12` and
 * `:name:` into mentions, links and emoji in the *rendered* text, after entities are decoded, so an
 * entity such as `&#64;` does not stop them; a joiner inside the pattern does.
 */
const JOIN = '\u2060'

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/**
 * One pass over the text, one alternative per character class, so that what one class inserts is
 * never escaped again by another (the old chain of replaces turned `@` into `&#64;` and then its
 * `#6` into `&#35;6`, which GitHub showed as a literal `&#64;`).
 */
const CLASSES = /(\r\n|[\r\n\u2028\u2029])|([&<>])|(\\)|(@)|(#)(?=\d)|\b(GH-)(?=\d)|(:)(?=[a-z0-9_+-]+:)|([`*_[\]|~^$])/gi

/**
 * Makes text quoted from a terms document safe to put in a GitHub comment: it cannot mention
 * people or teams, inject HTML, forge tos-guard's hidden markers, reference issues, or break out
 * of the table cell or block quote it is put in — and it still reads exactly as written.
 */
export function escapeInline(text: string): string {
  const escaped = text.replace(CLASSES, (all, newline?: string, html?: string, backslash?: string, at?: string, hash?: string, gh?: string, colon?: string, punct?: string) => {
    if (newline !== undefined) return ' '
    if (html !== undefined) return HTML[html] ?? html
    if (backslash !== undefined) return '\\\\'
    if (at !== undefined) return `@${JOIN}`
    if (hash !== undefined) return `#${JOIN}`
    if (gh !== undefined) return `${gh}${JOIN}`
    if (colon !== undefined) return `:${JOIN}`
    if (punct !== undefined) return `\\${punct}`
    return all
  })
  // At the start of a cell or quote, "1." or "-" would open a list.
  return escaped.replace(/^([-+=]|\d+[.)])(?=\s)/, (m) => (m.length === 1 ? `\\${m}` : `${m.slice(0, -1)}\\${m.slice(-1)}`))
}

/** Shortens text to `max` characters at a word boundary. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`
}
