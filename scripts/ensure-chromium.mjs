// Finds Chromium for the browser tests (CHROMIUM_PATH, then /usr/bin/chromium) and nginx for the deployment test;
// on Debian as root, installs what is missing.
import { existsSync, readFileSync } from 'node:fs'
import { execSync } from 'node:child_process'

const INSTALL = 'apt-get update && apt-get install -y chromium fonts-noto-cjk nginx-light'

/** The Chromium executable the tests will drive, installing it where we may. */
export function ensureChromium() {
  const wanted = process.env.CHROMIUM_PATH
  if (wanted) {
    if (existsSync(wanted)) return wanted
    throw new Error(`CHROMIUM_PATH=${wanted} does not exist`)
  }
  const path = '/usr/bin/chromium'
  const fonts = existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc')
  const nginx = existsSync('/usr/sbin/nginx')
  if (existsSync(path) && fonts && nginx) return path
  const debian = existsSync('/etc/debian_version') || /debian/i.test(safeRead('/etc/os-release'))
  const root = process.getuid?.() === 0
  if (!debian || !root) {
    throw new Error(`Chromium, CJK fonts and nginx are needed for the browser and deployment tests. Install them with:\n  sudo ${INSTALL}\nor set CHROMIUM_PATH.`)
  }
  console.log(`Installing Chromium, CJK fonts and nginx: ${INSTALL}`)
  execSync(INSTALL, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  return path
}

function safeRead(file) {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(`Chromium: ${ensureChromium()}`)
  } catch (error) {
    console.error(error.message)
    process.exit(1)
  }
}
