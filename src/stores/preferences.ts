import { defineStore } from 'pinia'
import { computed, watch } from 'vue'
import { useLocalStorage } from '@vueuse/core'
import { useUrlQuery } from '../composables/useUrlQuery'

export type Lang = 'zh' | 'en'
export type Theme = 'light' | 'dark' | 'projector'
/** 适老化: the text size, scaling the whole interface and the charts' labels. */
export type TextSize = 'standard' | 'large' | 'xlarge'
/** How much each text size enlarges the interface. */
export const textScale: Record<TextSize, number> = { standard: 1, large: 1.25, xlarge: 1.5 }

const isLang = (v: unknown): v is Lang => v === 'zh' || v === 'en'
const isTheme = (v: unknown): v is Theme => v === 'light' || v === 'dark' || v === 'projector'
const isTextSize = (v: unknown): v is TextSize => typeof v === 'string' && v in textScale

/** Language, theme and text size: the URL wins (shared links), else the last choice on this machine. */
export const usePreferencesStore = defineStore('preferences', () => {
  const { route, patch } = useUrlQuery()
  /** The last language chosen here. */
  const savedLang = useLocalStorage<Lang>('union-cockpit:lang', 'zh')
  /** The last theme chosen here. */
  const savedTheme = useLocalStorage<Theme>('union-cockpit:theme', 'light')
  /** The last text size chosen here. */
  const savedText = useLocalStorage<TextSize>('union-cockpit:text', 'standard')

  /** The active language. */
  const lang = computed<Lang>(() => (isLang(route.query.lang) ? route.query.lang : isLang(savedLang.value) ? savedLang.value : 'zh'))
  /** The active theme. */
  const theme = computed<Theme>(() => (isTheme(route.query.theme) ? route.query.theme : isTheme(savedTheme.value) ? savedTheme.value : 'light'))

  /** The active text size. */
  const textSize = computed<TextSize>(() =>
    isTextSize(route.query.text) ? route.query.text : isTextSize(savedText.value) ? savedText.value : 'standard',
  )

  watch(lang, (v) => (savedLang.value = v))
  watch(theme, (v) => (savedTheme.value = v))
  watch(textSize, (v) => (savedText.value = v))

  function setLang(v: Lang) {
    return patch({ lang: v })
  }
  function setTheme(v: Theme) {
    return patch({ theme: v })
  }
  function setTextSize(v: TextSize) {
    return patch({ text: v })
  }
  return { lang, theme, textSize, setLang, setTheme, setTextSize }
})
