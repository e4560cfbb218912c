import { workerData } from 'node:worker_threads'
import { analyzeChangedFile } from './analyze-file.js'
import type { WorkerReply, WorkerRequest } from './budget.js'
import type { WorkerData } from './worker-start.js'

/*
 * The worker thread that analyses files for src/files/budget.ts (bundled as dist/worker.js). The
 * caller blocks in Atomics.wait, so every answer is posted first and then signalled through the
 * shared flags: the caller reads the message synchronously once it wakes.
 */
const { signal, port } = workerData as WorkerData
const flags = new Int32Array(signal)

port.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply
  try {
    // The line map is a function, which does not cross threads: the caller rebuilds it.
    const { nearestAfterLine: _lineMap, ...report } = analyzeChangedFile(request.file, request.options)
    reply = { seq: request.seq, report }
  } catch (error) {
    reply = { seq: request.seq, error: error instanceof Error ? error.message : String(error) }
  }
  port.postMessage(reply)
  Atomics.store(flags, 1, request.seq)
  Atomics.notify(flags, 1)
})

Atomics.store(flags, 0, 1)
Atomics.notify(flags, 0)
