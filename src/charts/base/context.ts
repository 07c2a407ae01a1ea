import { inject, type InjectionKey, type Ref } from 'vue'

/** The chart themes, each registered as `uc-<theme>` (charts/themes.ts). */
export type ChartTheme = 'light' | 'dark' | 'projector'

/**
 * What a chart needs from the app, given by injection so a chart can be mounted (and tested) without the
 * app's stores: the theme, whether aggregate queries are in flight (options hold meanwhile), and where to
 * report that it is not yet drawn (the page reads "loading" until every chart is).
 */
export interface ChartContext {
  theme: Readonly<Ref<ChartTheme>>
  busy: Readonly<Ref<boolean>>
  setPending(id: string, pending: boolean): void
}

export const chartContextKey: InjectionKey<ChartContext> = Symbol('uc-chart-context')

export function useChartContext(): ChartContext {
  const context = inject(chartContextKey, null)
  if (!context) throw new Error('BaseChart needs a ChartContext: provide chartContextKey (App.vue does)')
  return context
}
