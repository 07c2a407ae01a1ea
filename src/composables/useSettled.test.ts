import { ref } from 'vue'
import { describe, expect, it } from 'vitest'
import { holdWhile } from './useSettled'

describe('figures held while their data is on its way', () => {
  it('keeps the last value while busy, computes nothing meanwhile, and catches up when the data is in', () => {
    const busy = ref(false)
    const year = ref(2023)
    const panel = ref(new Map([[2023, 10]]))
    let runs = 0
    const kpi = holdWhile(() => busy.value, () => (runs++, panel.value.get(year.value) ?? null))
    expect(kpi.value).toBe(10)

    // The filter moves to 2025 and the query starts: the old panel has no 2025, but no "no data" is shown.
    busy.value = true
    year.value = 2025
    expect(kpi.value).toBe(10)
    expect(runs).toBe(1)

    panel.value = new Map([[2025, 12]])
    busy.value = false
    expect(kpi.value).toBe(12)
    expect(runs).toBe(2)
  })

  it('computes its first value even while busy: nothing to hold yet', () => {
    const kpi = holdWhile(() => true, () => 'first')
    expect(kpi.value).toBe('first')
  })

  it('catches up to the same value when nothing it reads changed while busy', () => {
    const busy = ref(false)
    const panel = ref([1, 2, 3])
    let runs = 0
    const option = holdWhile(() => busy.value, () => (runs++, { data: panel.value }))
    const first = option.value
    busy.value = true
    expect(option.value).toBe(first)
    busy.value = false
    expect(option.value).toBe(first)
    expect(runs).toBe(1)
  })
})
