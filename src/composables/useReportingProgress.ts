import { computed, type Ref } from 'vue'
import { progressQuery, PROGRESS_TABLES, type ProgressRow } from '../data/queries/progress'
import { useDatasetStore } from '../stores/dataset'
import { useImportStore } from '../stores/imports'
import { useQuery } from './useQuery'

/**
 * 报送进度 for one year: which district has rows in which table. While a check is under way (files read, not yet
 * imported) it shows those files, so the city steward sees who is missing before importing; else the active dataset.
 */
export function useReportingProgress(year: Ref<number>) {
  const dataset = useDatasetStore()
  const imports = useImportStore()
  const { data, error } = useQuery<ProgressRow>(() => progressQuery(year.value, dataset.tables))
  /** The check under way, when there is one with rows. */
  const pending = computed(() => (imports.phase === 'review' && imports.checked?.tables.some((t) => t.rows) ? imports.checked : null))
  /** `table:district` → rows reported. */
  const cells = computed(() => {
    const checked = pending.value
    if (!checked) return new Map((data.value ?? []).map((r) => [`${r.table}:${r.district_code}`, r.n]))
    return new Map(checked.tables.flatMap((t) => (t.reported ?? []).filter((r) => r.year === year.value).map((r) => [`${t.table}:${r.district_code}`, r.n] as const)))
  })
  /** The latest year the check under way reports, to open the grid on. */
  const pendingYear = computed(() => Math.max(0, ...(pending.value?.tables ?? []).map((t) => t.maxYear ?? 0)) || null)
  /** The columns: every table the grid can show, present or not (a missing table is a column nobody has filled). */
  return { cells, error: computed(() => (pending.value ? null : error.value)), tables: PROGRESS_TABLES, pending: computed(() => pending.value !== null), pendingYear }
}
