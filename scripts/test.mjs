// `npm test`: everything CI runs, in order, then one summary line ("N passed, N failed").
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs'
import { ensureChromium } from './ensure-chromium.mjs'

// Stale reports from an earlier run must not count.
rmSync('test-results/vitest.json', { force: true })
rmSync('test-results/playwright.json', { force: true })
mkdirSync('test-results', { recursive: true })
const env = { ...process.env }
let failedSteps = 0

/** What git sees as changed or new in the tree (null outside a checkout): tests write only to temporary directories. */
function treeState() {
  const r = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { encoding: 'utf8' })
  return r.status === 0 ? new Set(r.stdout.split('\n').filter(Boolean)) : null
}
const treeBefore = treeState()

function step(name, cmd, args, extraEnv = {}) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } })
  if (r.status !== 0) {
    failedSteps++
    console.error(`✖ ${name} failed (exit ${r.status})`)
  }
  return r.status === 0
}

step('lint', 'npx', ['eslint', '.'])
step('unused code', 'npx', ['knip', '--no-progress'])
step('typecheck', 'npx', ['vue-tsc', '--noEmit', '-p', 'tsconfig.json'])
step('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json'])
try {
  env.CHROMIUM_PATH = ensureChromium()
  if (step('build', 'npx', ['vite', 'build'])) {
    step('e2e', 'npx', ['playwright', 'test'])
  }
} catch (error) {
  failedSteps++
  console.error(error.message)
}

const treeAfter = treeState()
const left = treeBefore && treeAfter ? [...treeAfter].filter((line) => !treeBefore.has(line)) : []
if (left.length) {
  failedSteps++
  console.error(`✖ the tests left files in the tree (they must write to a temporary directory):\n  ${left.join('\n  ')}`)
}

function read(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null
}
const unit = read('test-results/vitest.json')
const e2e = read('test-results/playwright.json')
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0)
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0)
const skipped = (unit?.numPendingTests ?? 0) + (e2e?.stats?.skipped ?? 0)
console.log(`\nunit: ${unit?.numPassedTests ?? 0} passed; e2e: ${e2e?.stats?.expected ?? 0} passed; failed steps: ${failedSteps}`)
console.log(`${passed} passed, ${failed + failedSteps} failed, ${skipped} skipped`)
process.exit(failed + failedSteps > 0 || passed === 0 ? 1 : 0)
