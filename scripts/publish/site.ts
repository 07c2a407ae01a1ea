import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { build } from 'vite'
import { withSiteDataset } from '../../src/data/published-manifest'


/** A fresh folder beside `out` (same file system, so the final rename is atomic). */
export function stagingDir(out: string): string {
  return mkdtempSync(join(dirname(out), `.${basename(out)}.publishing-`))
}

/** Builds the app into `dir` (quietly, with the project's own Vite config). */
export async function buildApp(dir: string): Promise<void> {
  await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn', build: { outDir: dir, emptyOutDir: true } })
}

/** Makes the built app open on the dataset in `<dir>/published`: one meta tag in index.html. */
export function pointAtDataset(dir: string): void {
  const index = join(dir, 'index.html')
  const html = readFileSync(index, 'utf8')
  writeFileSync(index, withSiteDataset(html))
  // A precompressed copy of the old index.html would be served instead of the new one.
  for (const ext of ['.gz', '.br']) rmSync(`${index}${ext}`, { force: true })
}

/** Puts the finished site in place of `out`: the old one goes only once the new one is there. */
export function swapInto(staged: string, out: string): void {
  if (!existsSync(out)) return renameSync(staged, out)
  const old = `${staged}.old`
  renameSync(out, old)
  renameSync(staged, out)
  rmSync(old, { recursive: true, force: true })
}
