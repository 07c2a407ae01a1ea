import { createI18n } from 'vue-i18n'
import zh from '../locales/zh-CN'
import en from '../locales/en'

/** zh-CN first, English second; the active locale follows the `lang` URL parameter. */
export const i18n = createI18n({
  legacy: false,
  locale: 'zh',
  fallbackLocale: 'zh',
  messages: { zh, en },
})
