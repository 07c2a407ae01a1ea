// Serves the production build (dist/) on localhost: precompressed .br/.gz where the browser accepts them,
// and HTTP range requests so DuckDB can read Parquet in parts.
import { createServer } from 'node:http'
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join, normalize, resolve } from 'node:path'

const root = resolve(process.argv[2] ?? 'dist')
const port = Number(process.env.PORT ?? 4173)
const host = process.env.HOST ?? '127.0.0.1'
// PRECOMPRESSED=0 serves every file as it is (the benchmark measures what the compressed copies buy).
const precompressed = process.env.PRECOMPRESSED !== '0'
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.wasm': 'application/wasm', '.parquet': 'application/vnd.apache.parquet',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.map': 'application/json',
}

// The build's Content-Security-Policy (the meta tag in index.html) is sent as a header too: a meta tag does not
// govern the engine's workers, a header does.
const index = join(root, 'index.html')
const cspMeta = existsSync(index) ? /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(index, 'utf8'))?.[1] : undefined
const csp = cspMeta?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&')

function fileFor(url) {
  const path = normalize(decodeURIComponent(new URL(url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path)
  if (!file.startsWith(root)) return null
  try {
    return statSync(file).isFile() ? file : null
  } catch {
    return null
  }
}

createServer((req, res) => {
  const file = fileFor(req.url ?? '/')
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    return
  }
  const size = statSync(file).size
  const headers = {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'accept-ranges': 'bytes',
    'cache-control': file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(csp ? { 'content-security-policy': csp } : {}),
  }
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '')
  if (range) {
    const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]))
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1
    if (start > end || start >= size) {
      res.writeHead(416, { 'content-range': `bytes */${size}` }).end()
      return
    }
    res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': end - start + 1 })
    if (req.method === 'HEAD') return res.end()
    createReadStream(file, { start, end }).pipe(res)
    return
  }
  // A whole-file GET takes the build's precompressed copy when the browser accepts it; ranges and HEAD stay identity.
  const accepts = String(req.headers['accept-encoding'] ?? '')
  const encoded = req.method === 'GET' && precompressed && [['br', '.br'], ['gzip', '.gz']].find(([enc, ext]) => accepts.includes(enc) && existsSync(file + ext))
  if (encoded) {
    res.writeHead(200, { ...headers, 'content-encoding': encoded[0], vary: 'accept-encoding', 'content-length': statSync(file + encoded[1]).size })
    createReadStream(file + encoded[1]).pipe(res)
    return
  }
  res.writeHead(200, { ...headers, 'content-length': size })
  if (req.method === 'HEAD') return res.end()
  createReadStream(file).pipe(res)
}).listen(port, host, () => {
  console.log(`union-cockpit is being served at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`)
})
