import { ref, type Ref } from 'vue'
import { engineRunning } from '../data/db'
import { afterFirstPaint } from '../setup/paint'

// Start-up in order, so the first view paints first and the engine compiles beside what follows:
// the first frame on screen → the engine's worker starts (setup/boot.ts) and the chart code loads, so the first
// screen's charts draw from the build-time results without waiting for the engine → controls mount once the
// worker runs. Each wait has a cap, whatever became of the engine.
const withCap = (ms: number, work: Promise<unknown>): Promise<void> =>
  Promise.race([work.then(() => {}, () => {}), new Promise<void>((r) => setTimeout(r, ms))])

let running: Promise<void> | null = null

/**
 * After the first frame and once the engine's worker runs (or 400 ms on). A worker thread starts only when
 * the main thread is free: mounting controls before it would hold the engine back ~100 ms.
 */
export function afterStartup(): Promise<void> {
  running ??= afterFirstPaint().then(() => withCap(400, engineRunning()))
  return running
}

/** After the first frame is on screen: for the chart code, which the first screen's charts need at once. */
export function afterFirstFrame(): Promise<void> {
  return afterFirstPaint()
}

const started = ref(false)

/** False until start-up is done, then true for good: controls not needed to read the first view mount behind it. */
export function useStartup(): Readonly<Ref<boolean>> {
  void afterStartup().then(() => (started.value = true))
  return started
}
