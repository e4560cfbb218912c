// Preload for npm run bench: prints the process's peak RSS to stderr when it exits.
const { writeSync } = require('node:fs')
process.on('exit', () => writeSync(2, `\nTOS_GUARD_PEAK_RSS=${process.resourceUsage().maxRSS * 1024}\n`))
