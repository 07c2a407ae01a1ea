import { useResizeObserver, useThrottleFn } from '@vueuse/core'
import type { Ref } from 'vue'

/**
 * Whether the element has a layout box to draw into. ECharts lays a chart out at whatever size it is given: at
 * zero width or height a geographic map's transform cannot be inverted and zrender throws while copying it
 * (a card mid-swap, a collapsed container). Nothing is created, drawn or resized until the size is real.
 */
export function laidOut(el: HTMLElement | undefined): el is HTMLElement {
  return !!el && el.clientWidth > 0 && el.clientHeight > 0
}

/** Calls `onSize` when the element is resized to a real size, at most every `ms` (and once after the last). */
export function useChartSize(el: Ref<HTMLElement | undefined>, onSize: (el: HTMLElement) => void, ms = 100): void {
  const throttled = useThrottleFn(() => {
    if (laidOut(el.value)) onSize(el.value)
  }, ms, true, true)
  useResizeObserver(el, () => void throttled())
}
