import { readFileSync, statSync, type Stats } from 'node:fs'
import { resolve } from 'node:path'
import { UsageError } from './errors.js'

/** A file named on the command line, read whole: a usage error when missing or not a regular file. */
export function readRegularFile(cwd: string, path: string): Buffer {
  const full = resolve(cwd, path)
  if (!existingRegularFile(path, full)) throw new UsageError(`cannot read ${path}: no such file`)
  return readFileSync(full)
}

/**
 * Whether `full` exists (false when it does not); anything but a regular file is a usage error,
 * said before a byte is read: /dev/zero or a FIFO would be read for ever.
 */
export function existingRegularFile(path: string, full: string): boolean {
  let stat
  try {
    stat = statSync(full)
  } catch {
    return false
  }
  if (stat.isFile()) return true
  throw new UsageError(`cannot read ${path}: it is ${fileKind(stat)}, not a regular file`)
}

function fileKind(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory'
  if (stat.isFIFO()) return 'a FIFO'
  if (stat.isCharacterDevice()) return 'a character device'
  if (stat.isBlockDevice()) return 'a block device'
  if (stat.isSocket()) return 'a socket'
  return 'not a file'
}
