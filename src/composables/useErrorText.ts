import { useI18n } from 'vue-i18n'
import type { DataError } from '../data/errors'

/** Turns a data error into a sentence in the active language, naming the file or table. */
export function useErrorText() {
  const { t } = useI18n()
  return (e: DataError) =>
    e.kind === 'file' || e.kind === 'missing'
      ? t(`errors.${e.kind}`, { file: e.file ?? '?', message: e.message })
      : t(`errors.${e.kind}`, { message: e.message })
}
