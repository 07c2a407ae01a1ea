import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Debian's nginx, as the README documents it for deployment. */
export const NGINX = '/usr/sbin/nginx'

/**
 * Starts nginx on 127.0.0.1:`port` with the server block of docs/deploy/nginx.conf, unchanged but for its port
 * and root, inside a minimal main config of its own in `prefix`. Resolves once it answers; kill() stops it.
 */
export async function startNginx(prefix: string, root: string, port: number): Promise<ChildProcess> {
  const server = readFileSync('docs/deploy/nginx.conf', 'utf8').replace('listen 8080;', `listen 127.0.0.1:${port};`).replace('root /srv/union-cockpit;', `root ${root};`)
  mkdirSync(join(prefix, 'tmp'), { recursive: true })
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => `${k}_temp_path ${join(prefix, 'tmp', k)};`).join(' ')
  const conf = `user root; daemon off; worker_processes 1; pid ${join(prefix, 'nginx.pid')}; error_log ${join(prefix, 'error.log')};
events { worker_connections 64; }
http { access_log off; ${temp}
${server}
}
`
  writeFileSync(join(prefix, 'nginx.conf'), conf)
  const check = spawnSync(NGINX, ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf')], { encoding: 'utf8' })
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`)
  const nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'ignore' })
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false)
    if (up) return nginx
    await new Promise((r) => setTimeout(r, 100))
  }
  nginx.kill()
  throw new Error(`nginx did not answer on ${port}`)
}
