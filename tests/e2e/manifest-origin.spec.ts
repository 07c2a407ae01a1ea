import { createServer, type Server } from 'node:http'
import { expect, settled, test } from './support'

// A manifest naming files on another host is refused before anything is fetched: evil.example is mapped (every
// port of it) to a listener of this test, which must receive no request at all, the DuckDB worker's included.
const EVIL_PORT = Number(process.env.E2E_PORT ?? 4321) + 9
const hits: string[] = []
let server: Server

test.beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(`${req.method} ${req.headers.host} ${req.url}`)
    res.writeHead(200, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' }).end('PAR1')
  })
  await new Promise<void>((resolve) => server.listen(EVIL_PORT, '127.0.0.1', resolve))
})
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--host-resolver-rules=MAP evil.example 127.0.0.1:${EVIL_PORT}`],
  },
})

// Every table of the layout names the foreign host: the refusal is still said once, not once per table.
const TABLES = ['rights', 'members', 'workshops', 'alliances', 'innovation', 'training', 'competitions', 'targets', 'facts', 'cube_a', 'cube_b', 'cube_c', 'cube_d']
const manifestOf = (file: string) => JSON.stringify({ provenance: 'demo', tables: TABLES.map((table) => ({ table, files: [file] })) })

for (const entry of ['//evil.example/rights.parquet', `http://evil.example:${EVIL_PORT}/rights.parquet`]) {
  test(`a manifest entry ${entry} is refused with one alert, and that host is never asked`, async ({ page, context }) => {
    // The mapping is in force: a navigation to the host reaches the listener.
    const probe = await context.newPage()
    await probe.goto('http://evil.example/probe')
    await probe.waitForTimeout(300)
    await probe.close()
    expect(hits).toContain('GET evil.example /probe')
    hits.length = 0

    await page.route('**/test/manifest.json', (route) => route.fulfill({ contentType: 'application/json', body: manifestOf(entry) }))
    await page.goto('/#/?manifest=test/manifest.json')
    await settled(page)
    const alert = page.getByRole('alert').filter({ hasText: 'test/manifest.json' })
    await expect(alert).toHaveCount(1)
    await expect(page.getByText('test/manifest.json')).toHaveCount(1)
    await expect(alert).toContainText('已拒绝数据表 rights 中的文件')
    // The same refusal in English when the page is in English.
    await page.locator('[data-lang="en"]').click()
    await expect(page.getByRole('alert').filter({ hasText: 'test/manifest.json' })).toContainText('unsafe file in rights: only files beside the manifest')
    await page.waitForTimeout(1000)
    expect(hits).toEqual([])
  })
}
