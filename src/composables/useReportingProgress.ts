import { computed, type Ref } from 'vue'
import { progressQuery, PROGRESS_TABLES, type ProgressRow } from '../data/queries/progress'
import { useDatasetStore } from '../stores/dataset'
import { useQuery } from './useQuery'

/** 报送进度 for one year: which district has rows in which table, over the tables the active dataset has. */
export function useReportingProgress(year: Ref<number>) {
  const dataset = useDatasetStore()
  const { data, error } = useQuery<ProgressRow>(() => progressQuery(year.value, dataset.tables))
  /** `table:district` → rows reported. */
  const cells = computed(() => new Map((data.value ?? []).map((r) => [`${r.table}:${r.district_code}`, r.n])))
  /** The columns: every table the grid can show, present or not (a missing table is a column nobody has filled). */
  return { cells, error, tables: PROGRESS_TABLES }
}
