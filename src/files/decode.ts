/** The text of a file, or why it is not text tos-guard can read. */
export type Decoded = { ok: true; text: string } | { ok: false; reason: string }

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/**
 * Decodes file bytes as UTF-8 text. Binary files (NUL bytes) and other encodings are refused
 * with a reason rather than analysed as garbage.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  // The whole file, not a prefix: a NUL after the first 8 KiB is still not Markdown, and
  // scanning bytes costs far less than analysing them.
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' }
  try {
    return { ok: true, text: decoder.decode(bytes) }
  } catch {
    const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { ok: false, reason: utf16 ? 'UTF-16 text; save it as UTF-8' : 'not valid UTF-8 text' }
  }
}
