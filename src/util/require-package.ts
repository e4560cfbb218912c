import { createRequire } from 'node:module'

/**
 * Loading a package on first use instead of at start-up. A call site writes
 * `typeof require === 'function' ? require('name') : requirePackage('name')`: in the ncc bundle
 * `require` exists and webpack turns that literal call into a lazy module load (the code stays in
 * the one file, but is run only when asked for); under tsx and vitest (ESM, no `require`) this
 * fallback loads it, ESM-only packages through Node's require(esm).
 */
export const requirePackage = createRequire(import.meta.url)
