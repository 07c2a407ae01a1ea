import { inject, provide, shallowRef, type InjectionKey, type ShallowRef } from 'vue'

/** What the card shown on a slide hands to the slide: its own title and its image exports. */
export interface FocusedCard {
  title: () => string
  /** A PNG data URL of the chart, when it is a chart. */
  png?: () => string | undefined
  /** The chart as an SVG document, when it is a chart. */
  svg?: () => string | undefined
}

/** A slide asks its view to show one card only, moved (teleported) into the slide's body. */
export interface PresentFocus {
  /** The card to show: a chart id or a region id such as 'overview-kpis'. */
  card: string
  /** CSS selector of the element the card moves into. */
  target: string
  /** Set by the card when it is on the page. */
  claimed: ShallowRef<FocusedCard | null>
}

const KEY: InjectionKey<PresentFocus> = Symbol('present-focus')

/** Called by a slide: everything below it shows only `card`, inside `target`. */
export function providePresentFocus(card: string, target: string): PresentFocus {
  const focus: PresentFocus = { card, target, claimed: shallowRef(null) }
  provide(KEY, focus)
  return focus
}

/** Called by cards: null on ordinary pages; on a slide, whether this card is the one shown. */
export function usePresentFocus(id: () => string, card?: FocusedCard) {
  const focus = inject(KEY, null)
  const focused = !!focus && focus.card === id()
  if (focused && card) focus.claimed.value = card
  return { focus, focused }
}
