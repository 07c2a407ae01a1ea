import { readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join, relative } from 'node:path'
import { sha256Hex } from '../../src/data/hash'

/** A source file of a publish: its name inside --from, its bytes and their sha256. */
export interface SourceFile { name: string; bytes: Uint8Array; sha256: string }

/** Extensions a steward's files come with; legacy .xls/.et are read so that the check can say what to do. */
const DATA = new Set(['.csv', '.tsv', '.txt', '.xlsx', '.xls', '.et', '.parquet'])

/** Every data file under `dir` (hidden files and folders left out), in a stable order; the rest are named as ignored. */
export function readFolder(dir: string): { files: SourceFile[]; ignored: string[] } {
  const files: SourceFile[] = []
  const ignored: string[] = []
  const walk = (d: string) => {
    for (const entry of readdirSync(d).sort()) {
      if (entry.startsWith('.') || entry.startsWith('~$')) continue
      const path = join(d, entry)
      const name = relative(dir, path).split('\\').join('/')
      if (statSync(path).isDirectory()) walk(path)
      else if (DATA.has(extname(entry).toLowerCase())) {
        const bytes = new Uint8Array(readFileSync(path))
        files.push({ name, bytes, sha256: sha256Hex(bytes) })
      } else ignored.push(name)
    }
  }
  walk(dir)
  return { files, ignored }
}
