import { panelCubeStatements } from './queries/panel'

/**
 * A pre-aggregated table: the raw rows summed to the grain the views chart (district × year × level,
 * industry…), with `n` counting the raw rows behind each cell. Views query cubes, so a filter change
 * costs the same at 10M raw rows as at 10k; raw rows stay for drill-down lists.
 */
export interface Cube { table: string; from: string[]; sql: string }

export const CUBES: Cube[] = [
  {
    table: 'workshop_cube',
    from: ['workshops'],
    sql: `SELECT district_code, level, kind, industry, named_year, revoked_year, CAST(count(*) AS INTEGER) AS n
      FROM workshops GROUP BY ALL`,
  },
  {
    // The workshops in an alliance, for the alliances chart's coverage: 13.5k rows at ×300 (1.7M workshops).
    table: 'alliance_cube',
    from: ['workshops'],
    sql: `SELECT alliance_id, district_code, level, named_year, revoked_year, CAST(count(*) AS INTEGER) AS n
      FROM workshops WHERE alliance_id IS NOT NULL GROUP BY ALL`,
  },
  {
    table: 'innovation_cube',
    from: ['innovation', 'workshops'],
    sql: `SELECT w.district_code, i.year, w.level, CAST(sum(i.outputs) AS BIGINT) AS outputs, CAST(sum(i.transformed) AS BIGINT) AS transformed,
        CAST(sum(i.benefit_yuan) AS BIGINT) AS benefit_yuan, CAST(sum(i.patents) AS BIGINT) AS patents, CAST(count(*) AS INTEGER) AS n
      FROM innovation i JOIN workshops w USING (workshop_id) GROUP BY ALL`,
  },
  {
    table: 'competition_cube',
    from: ['competitions'],
    sql: `SELECT district_code, year, industry, CAST(count(*) AS INTEGER) AS n, CAST(sum(participants) AS BIGINT) AS participants,
        CAST(sum(finalists) AS BIGINT) AS finalists, CAST(sum(craftsmen_named) AS BIGINT) AS craftsmen_named
      FROM competitions GROUP BY ALL`,
  },
]

/**
 * Statements that (re)build every cube whose raw tables are all present and drop the others, then the
 * panel cube over them; a cube already among `tables` (shipped pre-built, as large layouts do) is kept.
 */
export function cubeStatements(tables: readonly string[]): string[] {
  const cubes = CUBES.filter((c) => !tables.includes(c.table)).map((c) =>
    c.from.every((t) => tables.includes(t))
      ? `CREATE OR REPLACE TABLE ${c.table} AS ${c.sql}`
      : `DROP TABLE IF EXISTS ${c.table}`,
  )
  const panel = tables.includes(PANEL_CUBE) ? [] : panelCubeStatements(PANEL_CUBE, tables)
  return [...cubes, ...panel]
}

/** Every measure × level filter × district × year, for the KPI, trend, ranking and map panels. */
export const PANEL_CUBE = 'panel_cube'

/** Every cube a full dataset has: the views' pre-aggregated tables and the panel cube. */
export const CUBE_TABLES = [...CUBES.map((c) => c.table), PANEL_CUBE]
