import { ref, type Ref } from 'vue'
import { engineRunning } from '../data/db'
import { afterFirstPaint } from '../setup/paint'

let startup: Promise<void> | null = null

/**
 * Resolves once the first frame is on screen and the engine's worker runs (or 400 ms after the frame, whatever
 * became of the engine). Work that can wait (controls, the chart code) starts then: before the frame it would
 * delay the KPI cards; before the worker runs it would hold its thread's start back (it needs the main thread).
 */
export function afterStartup(): Promise<void> {
  startup ??= afterFirstPaint().then(() => Promise.race([engineRunning(), new Promise<void>((resolve) => setTimeout(resolve, 400))]))
  return startup
}

const painted = ref(false)

/**
 * False until startup (above) is done, then true for good. Controls that are not needed to read the first
 * view (selects, switches, the chart below the fold) mount behind it, so the KPI cards paint first.
 */
export function useFirstPaint(): Readonly<Ref<boolean>> {
  void afterStartup().then(() => (painted.value = true))
  return painted
}
