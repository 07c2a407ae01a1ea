import type { Relation } from '../../domain/metrics'

/**
 * Each relation is a row set with `district_code` and `year` columns.
 * `?` placeholders, in order: from-year, to-year (for `years`), then level twice where `levelAware`.
 */
interface RelationSql {
  sql: string
  levelAware: boolean
}

const LEVEL = '(CAST(? AS VARCHAR) IS NULL OR level = ?)'

export const relations: Record<Relation, RelationSql> = {
  workshop_years: {
    sql: `SELECT w.district_code, y.year, w.level FROM workshops w JOIN years y
            ON w.named_year <= y.year AND (w.revoked_year IS NULL OR w.revoked_year > y.year) WHERE ${LEVEL}`,
    levelAware: true,
  },
  workshop_named: {
    sql: `SELECT district_code, named_year AS year, level FROM workshops WHERE ${LEVEL}`,
    levelAware: true,
  },
  workshop_revoked: {
    sql: `SELECT district_code, revoked_year AS year, level FROM workshops WHERE revoked_year IS NOT NULL AND ${LEVEL}`,
    levelAware: true,
  },
  alliance_years: {
    sql: `SELECT a.district_code, y.year FROM alliances a JOIN years y ON a.founded_year <= y.year WHERE a.district_code IS NOT NULL`,
    levelAware: false,
  },
  innovation: {
    sql: `SELECT w.district_code, i.year, w.level, i.outputs, i.transformed, i.benefit_yuan, i.patents
            FROM innovation i JOIN workshops w USING (workshop_id) WHERE ${LEVEL}`,
    levelAware: true,
  },
  training: { sql: 'SELECT * FROM training', levelAware: false },
  competitions: { sql: 'SELECT * FROM competitions', levelAware: false },
  rights: { sql: 'SELECT * FROM rights', levelAware: false },
  members: { sql: 'SELECT * FROM members', levelAware: false },
  // Census residents do not change by year: repeat them for every year of the range.
  districts: { sql: 'SELECT d.district_code, y.year, d.population_2020 FROM districts d CROSS JOIN years y', levelAware: false },
}

/** The tables each relation reads, so a view can say which files it needs. */
export const relationTables: Record<Relation, string[]> = {
  workshop_years: ['workshops'],
  workshop_named: ['workshops'],
  workshop_revoked: ['workshops'],
  alliance_years: ['alliances'],
  innovation: ['innovation', 'workshops'],
  training: ['training'],
  competitions: ['competitions'],
  rights: ['rights'],
  members: ['members'],
  districts: ['districts'],
}
