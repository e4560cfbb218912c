/**
 * Progress for long runs, on stderr and only on a terminal: a pipe or a log file gets no
 * carriage-return noise, and stdout (where JSON and SARIF go) is never touched. Nothing is shown
 * for the first second, so short runs stay silent.
 */
export interface Progress {
  step(done: number, total: number, label: string): void
  end(): void
}

const DELAY_MS = 1000
const INTERVAL_MS = 100

export function progress(enabled: boolean, write: (text: string) => void, now: () => number): Progress {
  if (!enabled) return { step: () => undefined, end: () => undefined }
  const started = now()
  let last = -Infinity
  let shown = false
  return {
    step(done, total, label) {
      const t = now()
      if (t - started < DELAY_MS || t - last < INTERVAL_MS) return
      last = t
      shown = true
      write(`\rtos-guard: analysing ${done}/${total} ${label}\u001b[K`)
    },
    end() {
      if (shown) write('\r\u001b[K')
    },
  }
}
