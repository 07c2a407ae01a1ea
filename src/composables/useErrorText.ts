import { useI18n } from 'vue-i18n'
import type { DataError } from '../data/errors'

/** The tables of a dataset as words of the active language ("技能培训、技能竞赛"), or null if one is not a known table. */
export function useTableWords() {
  const { t, te, locale } = useI18n()
  return (tables: string[]): string | null => {
    if (!tables.length || !tables.every((x) => te(`tables.${x}`))) return null
    return tables.map((x) => t(`tables.${x}`)).join(locale.value === 'en' ? ', ' : '、')
  }
}

/** Turns a data error into a sentence in the active language, naming the file, or the missing tables in words. */
export function useErrorText() {
  const { t, locale } = useI18n()
  const words = useTableWords()
  return (e: DataError) => {
    if (e.kind === 'missing') {
      const what = words((e.file ?? '').split(', '))
      if (what) return t('errors.missingTables', { what })
    }
    const message = e.text ? e.text[locale.value.startsWith('en') ? 'en' : 'zh'] : e.message
    return e.kind === 'file' || e.kind === 'missing'
      ? t(`errors.${e.kind}`, { file: e.file ?? '?', message })
      : t(`errors.${e.kind}`, { message })
  }
}
