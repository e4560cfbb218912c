import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads'

/*
 * Starting the analysis worker (see budget.ts), and the protocol's shared data. Node's modules
 * only: src/files/worker.ts imports the types without the engine's entry points.
 */

/** What the worker is given: [0] of the shared flags is 1 once it has loaded, [1] the last request it answered. */
export interface WorkerData {
  signal: SharedArrayBuffer
  port: MessagePort
}

export interface StartedWorker {
  worker: Worker
  port: MessagePort
  flags: Int32Array
}

/**
 * dist/worker.js, for an entry point at `entryUrl` (its import.meta.url): beside the bundle, or
 * in dist/ when the entry runs from its TypeScript source (the Action under @github/local-action).
 */
export function bundledWorkerPath(entryUrl: string): string {
  const entry = fileURLToPath(entryUrl)
  return entry.endsWith('.ts') ? join(dirname(entry), '..', 'dist', 'worker.js') : join(dirname(entry), 'worker.js')
}

/** Starts a worker from `path`; undefined when there is no such file. */
export function startWorker(path: string): StartedWorker | undefined {
  if (!existsSync(path)) return undefined
  const signal = new SharedArrayBuffer(8)
  const { port1, port2 } = new MessageChannel()
  const data: WorkerData = { signal, port: port2 }
  const worker = new Worker(path, { workerData: data, transferList: [port2] })
  // Neither keeps the process alive: a command line that is done exits.
  worker.unref()
  port1.unref()
  // A worker that fails to load says nothing to a caller blocked in Atomics.wait; its files then
  // run out of time and get the error note, which is what must happen either way.
  worker.on('error', () => undefined)
  return { worker, port: port1, flags: new Int32Array(signal) }
}
