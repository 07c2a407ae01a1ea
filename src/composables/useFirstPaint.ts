import { ref, type Ref } from 'vue'
import { afterFirstPaint } from '../setup/paint'

const painted = ref(false)
let started = false

/**
 * False until the page's first frame is on screen, then true for good. Controls that are not needed to read
 * the first view (selects, switches) mount behind it, so the KPI cards paint first.
 */
export function useFirstPaint(): Readonly<Ref<boolean>> {
  if (!started) {
    started = true
    void afterFirstPaint().then(() => (painted.value = true))
  }
  return painted
}
