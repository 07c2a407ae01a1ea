import { DuckDBInstance } from '@duckdb/node-api'

/** Headline KPI values computed independently by native DuckDB from the bundled Parquet files. */
export async function nativeKpis(year: number): Promise<Record<string, number>> {
  const db = await DuckDBInstance.create(':memory:')
  const con = await db.connect()
  const one = async (sql: string) => Number((await con.runAndReadAll(sql)).getRows()[0]![0])
  const d = 'data/demo'
  return {
    workshops_active: await one(
      `SELECT count(*) FROM '${d}/workshops.parquet' WHERE named_year <= ${year} AND (revoked_year IS NULL OR revoked_year > ${year})`,
    ),
    innovation_outputs: await one(`SELECT sum(outputs) FROM '${d}/innovation.parquet' WHERE year = ${year}`),
    training_person_times: await one(`SELECT sum(person_times) FROM '${d}/training.parquet' WHERE year = ${year}`),
    rights_recovered_yuan: await one(`SELECT sum(recovered_yuan) FROM '${d}/rights.parquet' WHERE year = ${year}`),
  }
}
