import { computed, onMounted, ref, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useSessionStorage } from '@vueuse/core'
import { useDecksStore } from '../stores/decks'
import { usePresenterNav } from './usePresenterNav'
import { usePresenterState } from './usePresenterState'

/** The theme to go back to after a talk (the talk itself runs in the projector theme). */
export const useReturnTheme = () => useSessionStorage<string>('union-cockpit:present-return-theme', '')

/**
 * One window of a talk (audience or presenter): the deck from `?deck=`, the shared state, the URL following the
 * shown slide (its filters become the window's, so its view computes the slide's figures), and the keys.
 */
export function usePresentation(onLeave: () => void) {
  const route = useRoute()
  const router = useRouter()
  const decks = useDecksStore()
  const name = route.name
  const deckId = String(route.query.deck ?? decks.current?.id ?? '')
  const deck = computed(() => decks.byId(deckId))
  const count = computed(() => deck.value?.slides.length ?? 0)
  const first = Math.max(0, Math.min(count.value - 1, Number(route.query.slide) || 0))
  const { state, patch } = usePresenterState({ deck: deckId, slide: first, black: false, startedAt: null })
  /** The slide whose filters are in the URL now; the stage shows this one. */
  const shown = ref<number | null>(null)
  const keep = () => Object.fromEntries((['lang', 'theme'] as const).filter((k) => typeof route.query[k] === 'string').map((k) => [k, route.query[k] as string]))

  watch(
    () => [state.slide, deck.value?.slides[state.slide]] as const,
    async ([i, slide]) => {
      if (!slide) return
      await router.replace({ query: { ...slide.query, ...keep(), deck: deckId, slide: String(i) } })
      if (state.slide === i) shown.value = i
    },
    { immediate: true },
  )
  // A slide number typed into the address bar (or a history step) moves the talk too.
  watch(
    () => route.query.slide,
    (v) => {
      const i = Number(v)
      if (route.name === name && Number.isInteger(i) && i >= 0 && i < count.value && i !== state.slide) patch('slide', i)
    },
  )
  // Start the clock unless another window of this talk answers with its own start time first.
  onMounted(() => setTimeout(() => state.startedAt == null && patch('startedAt', Date.now()), 400))

  const nav = usePresenterNav({
    index: () => state.slide,
    count: () => count.value,
    setIndex: (i) => patch('slide', i),
    black: () => state.black,
    setBlack: (on) => patch('black', on),
    leave: onLeave,
  })
  return { deckId, deck, count, state, patch, shown, nav }
}
