/** A problem with the command line or its input: one line on stderr, exit status 2. */
export class UsageError extends Error {}

/** A configuration problem: its line-numbered errors, and exit status 2. */
export class ConfigurationError extends Error {
  constructor(readonly lines: string[]) {
    super(lines[0] ?? 'configuration error')
  }
}
