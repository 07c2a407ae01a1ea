// BaseChart mounted alone, with a ChartContext of the test's own instead of the app's stores. The test drives it
// through `window.__chart`: the theme, whether queries are busy, the option, and the container's size.
import { createApp, h, reactive, ref } from 'vue'
import BaseChart from '../../../src/charts/BaseChart.vue'
import { chartContextKey, type ChartTheme } from '../../../src/charts/base/context'

const theme = ref<ChartTheme>('light')
const busy = ref(false)
const pending = reactive(new Set<string>())
const bars = (values: number[]) => ({
  xAxis: { type: 'category', data: values.map((_, i) => String(2021 + i)) },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', data: values }],
})
const option = ref(bars([1, 2, 3]))
const size = reactive({ width: '600px', height: '300px' })

;(window as unknown as { __chart: unknown }).__chart = {
  setTheme: (t: ChartTheme) => (theme.value = t),
  setBusy: (b: boolean) => (busy.value = b),
  setValues: (values: number[]) => (option.value = bars(values)),
  setSize: (width: string, height: string) => Object.assign(size, { width, height }),
  pending: () => pending.size,
}

createApp({
  setup() {
    return () => h('div', { style: { width: size.width, height: size.height } }, [
      h(BaseChart, { id: 'alone', label: 'test chart', option: option.value, style: { minHeight: 0 } }),
    ])
  },
})
  .provide(chartContextKey, { theme, busy, setPending: (id: string, p: boolean) => void (p ? pending.add(id) : pending.delete(id)) })
  .mount('#app')
