import { expect, expectClean, settled, test, watchPage } from './support'

// The engine's wasm must be compiled from the HTTP response itself (instantiateStreaming(fetch(url))), so
// Chromium's code cache keeps the compiled code for the next visit; a Response rebuilt from a TransformStream
// (DuckDB's download-progress path) has no cache entry and is compiled again every time.
test('the engine compiles its wasm from the HTTP response, without the progress stream', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL!)
  await page.goto('/')
  expect(await settled(page)).toBe('ready')
  const workers = await Promise.all(page.workers().map((w) => w.evaluate(() => ({ protocol: location.protocol, stream: typeof TransformStream }))))
  // The engine's worker is the blob: wrapper; inside it, TransformStream is gone, so DuckDB takes the direct path.
  const engine = workers.filter((w) => w.protocol === 'blob:')
  expect(engine).toEqual([{ protocol: 'blob:', stream: 'undefined' }])
  expectClean(watch)
})
