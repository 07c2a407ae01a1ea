import type { Filters } from '../filters'
import type { Locale } from '../format'
import type { TargetRow } from '../kpi'
import type { Family, MetricDef } from '../metrics'
import type { Panel, Point } from '../panel'

/** The app's translate function (vue-i18n's `t`), handed in so the model stays pure and follows the UI language. */
export type Translate = (key: string, params?: Record<string, unknown>) => string

/** A published figure for the annex (a row of the facts table). */
export interface ReportFact {
  fact_id: string
  body: string | null
  period_kind: string
  period_start: string
  period_end: string
  label_zh: string
  value: number
  unit: string
  qualifier: string
  source_title: string
  source_url: string
  source_date: string | null
}

/** One family's panel, or the tables it lacks. */
export interface FamilyData {
  family: Family
  panel: Panel | null
  /** The missing tables, when the dataset cannot supply this family. */
  missing: string | null
}

/** Everything the report is built from: the same numbers and words the screen uses. */
export interface ReportInput {
  locale: Locale
  t: Translate
  filters: Filters
  /** The districts the report covers; empty for the whole city. */
  districts: string[]
  /** The scope in words, as the page names it (全市, 密云区, 生态涵养区…). */
  scope: string
  /** 数据截至 of the active dataset. */
  asOf: string
  provenance: 'demo' | 'published' | 'imported'
  /** Where the figures come from, in words (an import names its files and time). */
  sourceText: string
  /** When the report was made, as local time text (from the clock). */
  generatedAt: string
  families: FamilyData[]
  targets: TargetRow[]
  facts: ReportFact[]
}

/** A chart to draw: the family's headline metric over the period, for the scope. */
export interface ReportChart {
  kind: 'chart'
  id: string
  caption: string
  metric: MetricDef
  /** Series name (the scope). */
  name: string
  points: Point[]
}

/** A real table: a header row, body rows of text, the rows to emphasise (the selected districts), and which columns are numbers. */
export interface ReportTable {
  kind: 'table'
  id: string
  caption: string
  header: string[]
  rows: string[][]
  numeric: boolean[]
  highlight: number[]
  /** Column widths in percent of the text block. */
  widths: number[]
}

export type ReportBlock =
  | { kind: 'paragraph'; text: string; role?: 'summary' | 'points' | 'total' | 'note' }
  | { kind: 'subheading'; text: string }
  | ReportChart
  | ReportTable

/** A numbered part of the report (一、总体情况 …, 附件). */
export interface ReportSection {
  id: 'summary' | Family | 'annex'
  heading: string
  blocks: ReportBlock[]
}

/** The report as data: what the docx writer lays out, and what tests read. */
export interface ReportModel {
  locale: 'zh' | 'en'
  title: string
  issuer: string
  asOf: string
  provenance: {
    kind: ReportInput['provenance']
    /** The statement on the title block. */
    text: string
    /** The line every page footer carries; set only for demo data. */
    footer: string | null
  }
  /** Label–value lines of the title block (编制单位, 统计范围, 统计期间, 数据截至, 数据来源, 生成时间). */
  meta: [string, string][]
  sections: ReportSection[]
}
