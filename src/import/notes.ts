import type { Bilingual } from './schema'

/** What the importer did to a file beyond reading it: kept with the dataset and shown on #/data. */
export type NoteKind = 'row-skipped' | 'scaled' | 'mapped' | 'remembered' | 'ids' | 'inferred' | 'dates' | 'sheet-skipped' | 'sheet-read' | 'unpivoted' | 'after-table' | 'blanked' | 'rounded'

/** One thing the importer did, located as far as it can be (file, sheet, row, column). */
export interface ImportNote { kind: NoteKind; file: string; sheet: string; row?: number; column?: string; text: Bilingual }
