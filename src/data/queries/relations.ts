import type { Relation } from '../../domain/metrics'

/**
 * Each relation is a row set with `district_code`, `year` and a weight `n` (raw rows behind the row), read
 * from the cubes (src/data/cubes.ts) where the raw table is large, so measures say sum(n), not count(*).
 * `?` placeholders, in order: from-year, to-year (for `years`), then level twice where `levelAware`.
 */
interface RelationSql {
  sql: string
  levelAware: boolean
}

const LEVEL = '(CAST(? AS VARCHAR) IS NULL OR level = ?)'

export const relations: Record<Relation, RelationSql> = {
  workshop_years: {
    sql: `SELECT c.district_code, y.year, c.level, c.n FROM workshop_cube c JOIN years y
            ON c.named_year <= y.year AND (c.revoked_year IS NULL OR c.revoked_year > y.year) WHERE ${LEVEL}`,
    levelAware: true,
  },
  workshop_named: {
    sql: `SELECT district_code, named_year AS year, level, n FROM workshop_cube WHERE ${LEVEL}`,
    levelAware: true,
  },
  workshop_revoked: {
    sql: `SELECT district_code, revoked_year AS year, level, n FROM workshop_cube WHERE revoked_year IS NOT NULL AND ${LEVEL}`,
    levelAware: true,
  },
  alliance_years: {
    sql: `SELECT a.district_code, y.year, 1 AS n FROM alliances a JOIN years y ON a.founded_year <= y.year WHERE a.district_code IS NOT NULL`,
    levelAware: false,
  },
  innovation: {
    sql: `SELECT district_code, year, level, outputs, transformed, benefit_yuan, patents, n FROM innovation_cube WHERE ${LEVEL}`,
    levelAware: true,
  },
  training: { sql: 'SELECT *, 1 AS n FROM training', levelAware: false },
  competitions: { sql: 'SELECT * FROM competition_cube', levelAware: false },
  rights: { sql: 'SELECT *, 1 AS n FROM rights', levelAware: false },
  members: { sql: 'SELECT *, 1 AS n FROM members', levelAware: false },
  // Census residents do not change by year: repeat them for every year of the range.
  districts: { sql: 'SELECT d.district_code, y.year, d.population_2020, 1 AS n FROM districts d CROSS JOIN years y', levelAware: false },
}

/** The raw tables behind each relation (a cube exists exactly when its raw tables do), so a view can say which files it needs. */
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
