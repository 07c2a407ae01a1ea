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

/**
 * Whether charts show tooltips: yes, unless a screen says otherwise. The audience's screen of a talk says no, so the
 * presenter's mouse (or laser) over a chart does not pop figures up in front of the room.
 */
export const chartTooltipsKey: InjectionKey<boolean> = Symbol('uc-chart-tooltips')

export const useChartTooltips = (): boolean => inject(chartTooltipsKey, true)

export function useChartContext(): ChartContext {
  const context = inject(chartContextKey, null)
  if (!context) throw new Error('BaseChart needs a ChartContext: provide chartContextKey (App.vue does)')
  return context
}
