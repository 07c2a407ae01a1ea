import { watch, type Ref } from 'vue'

/**
 * The hold protocol: after a filter change, labels update at once but data only when its query answers. An
 * option that changes while queries are busy is not drawn; the chart reads as not drawn (`onHeld`) and draws
 * once, when they are done.
 */
export function useHold(option: () => unknown, busy: Readonly<Ref<boolean>>, draw: () => void, onHeld: () => void): void {
  let held = false
  watch(option, () => {
    if (!busy.value) return draw()
    held = true
    onHeld()
  })
  watch(busy, (now) => {
    if (now || !held) return
    held = false
    draw()
  })
}
