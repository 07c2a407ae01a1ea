import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { useDatasetStore } from '../stores/dataset'

/** Where the active dataset's figures come from, in words: demo says it is demo, an import names its files and time. */
export function useSourceText() {
  const { t } = useI18n()
  const dataset = useDatasetStore()
  return computed(() => (dataset.provenance === 'imported' && dataset.sourceLabel ? dataset.sourceLabel : t(`provenance.${dataset.provenance}Hint`)))
}
