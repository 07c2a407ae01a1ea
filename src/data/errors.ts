/** What went wrong, in terms the UI can explain: the engine, a data file, a table a view needs, or one query. */
export type DataErrorKind = 'engine' | 'file' | 'missing' | 'query'

/** A typed error from the data layer; `file` names the Parquet file when one is to blame. */
export class DataError extends Error {
  readonly kind: DataErrorKind
  readonly file?: string
  /** The message in both languages, when the data layer can say it in the steward's terms (a refused manifest). */
  readonly text?: { zh: string; en: string }

  constructor(kind: DataErrorKind, message: string, options: { file?: string; cause?: unknown; text?: { zh: string; en: string } } = {}) {
    super(message, { cause: options.cause })
    this.name = 'DataError'
    this.kind = kind
    this.file = options.file
    this.text = options.text
  }
}

/** The message of any thrown value, without a stack. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
