import { readFileSync } from 'node:fs'
import { runCli } from './cli/run.js'
import { bundledWorkerPath, workerAnalyzer } from './files/budget.js'

// Started first, for the commands that analyse, so that the worker loads while they read files.
const analyses = ['diff', 'check', 'notice'].includes(process.argv[2] ?? '')
const analyzer = analyses ? workerAnalyzer(bundledWorkerPath(import.meta.url)) : undefined
const status = runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTty: process.stdout.isTTY === true,
  stderrIsTty: process.stderr.isTTY === true,
  today: new Date().toISOString().slice(0, 10),
  readStdin: () => readFileSync(0),
  now: () => performance.now(),
  ...(analyzer ? { analyzer } : {}),
})
analyzer?.close()
// Let stdout drain before exiting: a large JSON report piped to another program must arrive whole.
process.exitCode = status
