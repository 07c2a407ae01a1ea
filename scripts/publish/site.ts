import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { build } from 'vite'

/** Where the deployed site finds its default dataset: written into index.html, read by src/data/site-dataset.ts. */
export const SITE_DATASET_META = 'uc-dataset'
export const SITE_DATASET_DIR = 'published'

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
  const tag = `<meta name="${SITE_DATASET_META}" content="${SITE_DATASET_DIR}/manifest.json">`
  if (!html.includes('</head>')) throw new Error('index.html has no </head>')
  writeFileSync(index, html.replace('</head>', `  ${tag}\n  </head>`))
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
