import { readFileSync } from 'node:fs'
import { runCli } from './cli/run.js'

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
})
// Let stdout drain before exiting: a large JSON report piped to another program must arrive whole.
process.exitCode = status
