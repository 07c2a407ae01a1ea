import { defineStore } from 'pinia'
import { computed, watch } from 'vue'
import { useLocalStorage } from '@vueuse/core'
import { useUrlQuery } from '../composables/useUrlQuery'

export type Lang = 'zh' | 'en'
export type Theme = 'light' | 'dark' | 'projector'

const isLang = (v: unknown): v is Lang => v === 'zh' || v === 'en'
const isTheme = (v: unknown): v is Theme => v === 'light' || v === 'dark' || v === 'projector'

/** Language and theme: the URL wins (shared links), else the last choice on this machine. */
export const usePreferencesStore = defineStore('preferences', () => {
  const { route, patch } = useUrlQuery()
  /** The last language chosen here. */
  const savedLang = useLocalStorage<Lang>('union-cockpit:lang', 'zh')
  /** The last theme chosen here. */
  const savedTheme = useLocalStorage<Theme>('union-cockpit:theme', 'light')

  /** The active language. */
  const lang = computed<Lang>(() => (isLang(route.query.lang) ? route.query.lang : isLang(savedLang.value) ? savedLang.value : 'zh'))
  /** The active theme. */
  const theme = computed<Theme>(() => (isTheme(route.query.theme) ? route.query.theme : isTheme(savedTheme.value) ? savedTheme.value : 'light'))

  watch(lang, (v) => (savedLang.value = v))
  watch(theme, (v) => (savedTheme.value = v))

  function setLang(v: Lang) {
    return patch({ lang: v })
  }
  function setTheme(v: Theme) {
    return patch({ theme: v })
  }
  return { lang, theme, setLang, setTheme }
})
