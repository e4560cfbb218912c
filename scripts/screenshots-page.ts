import { renderComment } from '../__tests__/helpers/render-gfm.js'

/*
 * One comment as a GitHub-like HTML page: the Markdown rendered and sanitised by the same helper
 * the rendering tests use, so a screenshot shows what those tests check, in GitHub's light theme.
 */

const CSS = `
body { margin: 0; padding: 16px; background: #fff; color: #1f2328; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; }
.comment { border: 1px solid #d0d7de; border-radius: 6px; max-width: 960px; }
.comment-head { background: #f6f8fa; border-bottom: 1px solid #d0d7de; border-radius: 6px 6px 0 0; padding: 8px 16px; color: #59636e; }
.comment-head b { color: #1f2328; }
.bot { border: 1px solid #d0d7de; border-radius: 2em; padding: 0 7px; font-size: 12px; margin-left: 4px; }
.body { padding: 16px; }
.body > :first-child { margin-top: 0; }
.code-context { font: 12px/20px ui-monospace, SFMono-Regular, "DejaVu Sans Mono", monospace; background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px 6px 0 0; padding: 4px 12px; white-space: pre; color: #59636e; max-width: 934px; }
.code-context + .comment { border-radius: 0 0 6px 6px; border-top: 0; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0b3; padding-bottom: .3em; margin: 24px 0 16px; }
h3 { font-size: 1.25em; margin: 24px 0 16px; }
p, table, blockquote, pre, details, ul { margin: 0 0 16px; }
a { color: #0969da; text-decoration: none; }
table { border-collapse: collapse; display: block; overflow: auto; max-width: 100%; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
th { font-weight: 600; }
tr:nth-child(2n) { background: #f6f8fa; }
code { font: 85% ui-monospace, SFMono-Regular, "DejaVu Sans Mono", monospace; background: #818b981f; padding: .2em .4em; border-radius: 6px; }
pre { background: #f6f8fa; padding: 16px; border-radius: 6px; overflow: auto; }
pre code { background: none; padding: 0; font-size: 85%; }
blockquote { border-left: .25em solid #d1d9e0; color: #59636e; padding: 0 1em; margin-left: 0; }
del { color: #b62324; background: #ffebe9; }
details summary { cursor: pointer; }
sub { font-size: 75%; color: #59636e; }
.alert { border-left: .25em solid; padding: 8px 16px; margin-bottom: 16px; }
.alert > p:last-child { margin-bottom: 0; }
.alert-title { font-weight: 500; margin-bottom: 4px; }
.alert-note { border-color: #0969da; } .alert-note .alert-title { color: #0969da; }
.alert-warning { border-color: #9a6700; } .alert-warning .alert-title { color: #9a6700; }
.alert-important { border-color: #8250df; } .alert-important .alert-title { color: #8250df; }
.alert-caution { border-color: #cf222e; } .alert-caution .alert-title { color: #cf222e; }
`

/** GitHub shows `> [!NOTE]` blockquotes as alerts; CommonMark alone does not. */
function alerts(html: string): string {
  return html.replace(/<blockquote>\s*<p>\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*([\s\S]*?)<\/blockquote>/g, (_all, kind: string, rest: string) => {
    const title = kind.charAt(0) + kind.slice(1).toLowerCase()
    return `<div class="alert alert-${kind.toLowerCase()}"><p class="alert-title">${title}</p><p>${rest}</div>`
  })
}

export interface PageOptions {
  /** Who posted, as GitHub's comment header shows it. */
  author: string
  /** For an inline comment: the diff lines it is attached to. */
  context?: string
  /** Open the first N folded sections, to show what they hold. */
  openDetails?: number
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export function commentPage(markdown: string, options: PageOptions): string {
  const { html, dropped } = renderComment(markdown)
  if (dropped.length > 0) throw new Error(`GitHub would drop these tags: ${dropped.join(' ')}`)
  let open = options.openDetails ?? 0
  const body = alerts(html).replace(/<details>/g, (d) => (open-- > 0 ? '<details open>' : d))
  const context = options.context ? `<div class="code-context">${escapeHtml(options.context)}</div>` : ''
  // The page reports its own height, so the screenshot can be cut to the comment.
  const measure = '<script>document.documentElement.dataset.height = String(Math.ceil(document.documentElement.getBoundingClientRect().height))</script>'
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body>${context}<div class="comment"><div class="comment-head"><b>${escapeHtml(options.author)}</b><span class="bot">bot</span> commented</div><div class="body">${body}</div></div>${measure}</body></html>`
}
