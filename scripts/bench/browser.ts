// What headless Chromium measures: cold loads, the wasm floor, filter changes and renderer memory.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const contextOptions = { viewport: { width: 1366, height: 768 }, locale: 'zh-CN' }

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath, args })
}

/** A network link emulated by the DevTools protocol (null: loopback, as served). */
export interface Link {
  name: string
  /** Bits per second, down and up. */
  downBps: number
  upBps: number
  /** Round-trip time added to every request, ms. */
  rttMs: number
}

/** The links `--link` knows: a district office on the shared intranet. */
export const LINKS: Record<string, Link | null> = {
  loopback: null,
  intranet: { name: 'intranet', downBps: 20e6, upBps: 20e6, rttMs: 40 },
}

/**
 * Emulates `link` for the page and its dedicated workers (the engine's wasm and Parquet are fetched by the
 * DuckDB worker; dedicated workers go through their page's network emulation).
 */
async function emulate(page: Page, link: Link | null) {
  if (!link) return
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: link.rttMs, downloadThroughput: link.downBps / 8, uploadThroughput: link.upBps / 8,
  })
}

async function prepare(context: BrowserContext): Promise<BrowserContext> {
  // tsx (esbuild keepNames) wraps named inner functions in __name(); functions sent to the page need it defined.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f' })
  return context
}

/** A fresh context: its own empty HTTP and code caches, like a first visit. */
async function freshContext(browser: Browser): Promise<BrowserContext> {
  return prepare(await browser.newContext(contextOptions))
}

/**
 * A browser with a real profile on disk (HTTP cache and V8's code cache, as an office PC keeps them); an
 * off-the-record context keeps no code cache. Removed with its profile on close.
 */
async function profileContext(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'uc-bench-profile-'))
  const context = await prepare(await chromium.launchPersistentContext(dir, { executablePath, args, ...contextOptions }))
  return { context, close: async () => (await context.close(), rmSync(dir, { recursive: true, force: true })) }
}

interface Marks {
  chart: number | null
  kpi: number | null
  /** When a KPI value was first painted (Element Timing renderTime of `elementtiming="kpi-value"`). */
  kpiPaint: number | null
  states: [string | null, number][]
}

// Runs before any page script: timestamps (performance.now(), from navigation start) of the test hooks' first flips.
function installMarks() {
  const marks: Marks = { chart: null, kpi: null, kpiPaint: null, states: [] }
  ;(window as unknown as { __bench: Marks }).__bench = marks
  // The DOM gets a value before the screen does: style, layout, paint and raster follow, on cores the engine's
  // compile shares. Element Timing reports when the text was actually painted.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[]) {
      if (e.identifier === 'kpi-value' && e.renderTime > 0) marks.kpiPaint = Math.min(marks.kpiPaint ?? Infinity, e.renderTime)
    }
  }).observe({ type: 'element', buffered: true })
  let last: string | null | undefined
  const check = () => {
    const now = performance.now()
    const state = document.documentElement?.getAttribute('data-app-state')
    if (state !== last) marks.states.push([(last = state) ?? null, now])
    if (marks.chart === null && document.querySelector('[data-chart][data-rendered="true"]')) marks.chart = now
    if (marks.kpi === null && [...document.querySelectorAll('[data-kpi][data-value]')].some((el) => el.getAttribute('data-value') !== '')) marks.kpi = now
  }
  new MutationObserver(check).observe(document, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['data-app-state', 'data-rendered', 'data-value'],
  })
}

export interface ColdLoad {
  firstChart: number | null
  firstKpi: number | null
  firstKpiPaint: number | null
  firstMeaningful: number | null
  ready: number | null
  finalState: string | null
  /** Times the state became ready (more than one means it flipped back to loading on the way). */
  readyFlips: number
  /** From the engine worker's resource timing, relative to navigation start. */
  wasmFetched: number | null
  /** Start of the first Parquet request: the engine is instantiated, connected and runs its first query. */
  duckdbReady: number | null
  /** End of the last Parquet response (table creation still follows). */
  parquetLoaded: number | null
  /** Compile of the eh wasm alone, fetched in a fresh context on a blank page of the same origin. */
  wasmFloor: number
}

/** WebAssembly.compileStreaming(fetch(wasm)) on a blank same-origin page, in a fresh context. */
async function wasmFloor(browser: Browser, base: string, wasm: string, link: Link | null): Promise<number> {
  const context = await freshContext(browser)
  try {
    const page = await context.newPage()
    await emulate(page, link)
    await page.goto(`${base}__bench_blank__`) // a 404 text page: same origin, no script
    return await page.evaluate(async (url) => {
      const t0 = performance.now()
      await WebAssembly.compileStreaming(fetch(url))
      return performance.now() - t0
    }, new URL(wasm, base).href)
  } finally {
    await context.close()
  }
}

interface WorkerTiming {
  origin: number
  entries: { name: string; startTime: number; responseEnd: number }[]
}

/**
 * The engine's resource timing (wasm, Parquet), shifted to the page's navigation start: the worker fetches the wasm
 * and the files read in place; the page fetches the files a dataset copies into memory, once the engine is up.
 */
async function engineTiming(page: Page, pageOrigin: number) {
  const out = { wasmFetched: null as number | null, duckdbReady: null as number | null, parquetLoaded: null as number | null }
  const timing = (): WorkerTiming => ({
    origin: performance.timeOrigin,
    entries: performance.getEntriesByType('resource').map((e) => ({ name: e.name, startTime: e.startTime, responseEnd: (e as PerformanceResourceTiming).responseEnd })),
  })
  const sources = [page.evaluate(timing), ...page.workers().map((w) => w.evaluate(timing))].map((p) => p.catch(() => null))
  for (const t of await Promise.all(sources)) {
    if (!t) continue
    const shift = t.origin - pageOrigin
    for (const e of t.entries) {
      if (/\.wasm$/.test(e.name)) out.wasmFetched = e.responseEnd + shift
      if (/\.parquet$/.test(e.name)) {
        out.duckdbReady = Math.min(out.duckdbReady ?? Infinity, e.startTime + shift)
        out.parquetLoaded = Math.max(out.parquetLoaded ?? 0, e.responseEnd + shift)
      }
    }
  }
  return out
}

/** Waits for ready (or error), then a short settle so a ready that flips back to loading is not taken. */
async function settle(page: Page, timeout = 60_000, pause = 300) {
  await page.waitForFunction(() => /^(ready|error)$/.test(document.documentElement.dataset.appState ?? ''), null, { timeout, polling: 50 })
  await page.waitForTimeout(pause)
  await page.waitForFunction(() => /^(ready|error)$/.test(document.documentElement.dataset.appState ?? ''), null, { timeout, polling: 50 })
}

/** Loads `#/` in `page` and reads the marks, the engine's timing and the final state. */
async function measure(page: Page, base: string, query: string, after?: (page: Page) => Promise<void>) {
  await page.goto(`${base}#/${query ? `?${query}` : ''}`, { waitUntil: 'commit' })
  await settle(page, 180_000)
  const { marks, origin } = await page.evaluate(() => ({ marks: (window as unknown as { __bench: Marks }).__bench, origin: performance.timeOrigin }))
  const engine = await engineTiming(page, origin)
  await after?.(page)
  const readyAt = marks.states.filter(([s]) => s === 'ready')
  const finalState = marks.states.at(-1)?.[0] ?? null
  const firsts = [marks.chart, marks.kpiPaint].filter((x): x is number => x !== null)
  return {
    firstChart: marks.chart, firstKpi: marks.kpi, firstKpiPaint: marks.kpiPaint, firstMeaningful: firsts.length ? Math.min(...firsts) : null,
    ready: finalState === 'ready' ? readyAt.at(-1)![1] : null, finalState, readyFlips: readyAt.length,
    ...engine,
  }
}

export interface LoadOptions {
  /** Measure the wasm floor before the load (alternated between runs), not after. */
  floorFirst: boolean
  after?: (page: Page) => Promise<void>
  query?: string
  link?: Link | null
}

/** One cold load of `#/` in a fresh context; the page is handed to `after` (memory) before the context closes. */
export async function coldLoad(browser: Browser, base: string, wasm: string, { floorFirst, after, query = '', link = null }: LoadOptions): Promise<ColdLoad> {
  const floorBefore = floorFirst ? await wasmFloor(browser, base, wasm, link) : null
  const context = await freshContext(browser)
  try {
    await context.addInitScript(installMarks)
    const page = await context.newPage()
    await emulate(page, link)
    const load = await measure(page, base, query, after)
    await context.close()
    return { ...load, wasmFloor: floorBefore ?? (await wasmFloor(browser, base, wasm, link)) }
  } catch (error) {
    await context.close()
    throw error
  }
}

/**
 * The second visit: a new browser profile visits `#/` once (unmeasured, and left until the engine's compiled
 * code can be cached), closes the tab, and opens `#/` again in a new tab; the second load is measured. The
 * floor is the cold one (fetch + compile in a fresh context), so the ratio says what the caches bought.
 */
export async function warmLoad(browser: Browser, base: string, wasm: string, { floorFirst, query = '', link = null }: LoadOptions): Promise<ColdLoad> {
  const floorBefore = floorFirst ? await wasmFloor(browser, base, wasm, link) : null
  const profile = await profileContext()
  try {
    await profile.context.addInitScript(installMarks)
    const first = await profile.context.newPage()
    await emulate(first, link)
    await measure(first, base, query)
    // V8 writes a wasm module's code to the cache once it has tiered up, in the background: give it time.
    await first.waitForTimeout(3000)
    await first.close()
    const page = await profile.context.newPage()
    await emulate(page, link)
    const load = await measure(page, base, query)
    await profile.close()
    return { ...load, wasmFloor: floorBefore ?? (await wasmFloor(browser, base, wasm, link)) }
  } catch (error) {
    await profile.close()
    throw error
  }
}

export interface Memory {
  rendererRssMb: number[]
  jsHeapUsedMb: number
  jsHeapTotalMb: number
  how: string
}

function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Number(m[1]) / 1024 : null
  } catch {
    return null
  }
}

/** Renderer RSS (CDP SystemInfo.getProcessInfo → /proc/<pid>/status) and the page's JS heap (Performance.getMetrics). */
export async function memory(browser: Browser, page: Page): Promise<Memory> {
  const session = await page.context().newCDPSession(page)
  await session.send('Performance.enable')
  const { metrics } = await session.send('Performance.getMetrics')
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) / 2 ** 20
  const browserSession = await browser.newBrowserCDPSession()
  const { processInfo } = (await browserSession.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] }
  await browserSession.detach()
  const rendererRssMb = processInfo.filter((p) => p.type === 'renderer').map((p) => rssMb(p.id)).filter((x): x is number => x !== null)
  return {
    rendererRssMb, jsHeapUsedMb: metric('JSHeapUsedSize'), jsHeapTotalMb: metric('JSHeapTotalSize'),
    how: 'RSS of each renderer process open (only this page is open), from /proc; JS heap of the main thread only (the DuckDB worker heap and wasm memory are in the RSS, not in this figure)',
  }
}

// Each step changes the years (so the panel queries re-run) and the districts (so KPI cards and charts change).
export const VARIANTS = [
  'from=2019&to=2023',
  'from=2021&to=2025&districts=110118',
  'from=2018&to=2024&districts=110114,110105',
  'from=2020&to=2025',
  'from=2017&to=2022&districts=110108',
  'from=2021&to=2025',
]

export interface FilterChanges {
  route: string
  charts: number
  /** Hash change → every chart reset (data-rendered="false") and drawn again, ms: the README's filter-change figure. */
  redrawn: number[]
  /** Hash change → app state ready again with every chart drawn (includes drill-down lists on raw rows), ms. */
  ready: number[]
  /** Hash change → first chart reset to data-rendered="false" (its new option is set; animation follows), ms. */
  optionSet: number[]
  /** How many times charts were reset to data-rendered="false" per change (more than the chart count = drawn twice). */
  resets: number[]
  timeouts: number
  /** The first WARM_UP changes after the load, not counted above (null: timed out). */
  firstChanges: (number | null)[]
  skipped?: string
}

const WARM_UP = 3

/** Loads `route`, then changes the hash query `n` times, timing each until every chart is drawn again. */
export async function filterChanges(browser: Browser, base: string, route: string, n: number, query = ''): Promise<FilterChanges> {
  const context = await freshContext(browser)
  try {
    const page = await context.newPage()
    await page.goto(`${base}#${route}${query ? `?${query}` : ''}`)
    await settle(page, 180_000)
    const charts = await page.locator('[data-chart]').count()
    const out: FilterChanges = { route, charts, redrawn: [], ready: [], optionSet: [], resets: [], timeouts: 0, firstChanges: [] }
    if (charts === 0) return { ...out, skipped: `no [data-chart] on #${route}` }
    // The first changes after a cold load also compile the code they run (JIT, ECharts' first redraw, the
    // engine's tier-up): reported on their own, not mixed into the steady-state distribution.
    for (let i = -WARM_UP; i < n; i++) {
      const hash = `#${route}?${VARIANTS[(i + WARM_UP) % VARIANTS.length]}${query ? `&${query}` : ''}`
      const r = await page.evaluate(timeChange, hash)
      if (i < 0) {
        out.firstChanges.push(r.redrawn)
        await settle(page, 20_000, 100)
        continue
      }
      if (r.redrawn === null || r.ready === null) out.timeouts++
      if (r.redrawn !== null) out.redrawn.push(r.redrawn)
      if (r.ready !== null) out.ready.push(r.ready)
      if (r.optionSet !== null) out.optionSet.push(r.optionSet)
      out.resets.push(r.resets)
      await settle(page, 20_000, 100)
    }
    return out
  } finally {
    await context.close()
  }
}

// In the page: set the hash; time until every chart has been reset and drawn again, and until data-app-state
// has left ready and come back with every chart drawn.
function timeChange(hash: string): Promise<{ redrawn: number | null; ready: number | null; optionSet: number | null; resets: number }> {
  return new Promise((resolve) => {
    const html = document.documentElement
    let left = html.dataset.appState !== 'ready'
    let optionSet: number | null = null
    let redrawn: number | null = null
    let ready: number | null = null
    let resets = 0
    const reset = new Set<Element>()
    const t0 = performance.now()
    const finish = () => {
      observer.disconnect()
      clearTimeout(timer)
      resolve({ redrawn, ready, optionSet, resets })
    }
    const observer = new MutationObserver((records) => {
      const now = performance.now()
      for (const r of records) {
        const value = (r.target as Element).getAttribute(r.attributeName!)
        if (r.target === html && (r.oldValue !== 'ready' || value !== 'ready')) left = true
        if (r.attributeName === 'data-rendered' && value === 'false') reset.add(r.target as Element)
        if (r.attributeName === 'data-rendered' && optionSet === null && (r.oldValue === 'false' || value === 'false')) optionSet = now - t0
        if (r.attributeName === 'data-rendered' && r.oldValue === 'true') resets++
      }
      const charts = [...document.querySelectorAll<HTMLElement>('[data-chart]')]
      const drawn = charts.every((c) => c.dataset.rendered === 'true')
      if (redrawn === null && drawn && charts.every((c) => reset.has(c))) redrawn = now - t0
      if (ready === null && left && html.dataset.appState === 'ready' && drawn) ready = now - t0
      if (redrawn !== null && ready !== null) finish()
    })
    observer.observe(html, { subtree: true, attributes: true, attributeOldValue: true, attributeFilter: ['data-app-state', 'data-rendered'] })
    const timer = setTimeout(finish, 10_000)
    location.hash = hash
  })
}
