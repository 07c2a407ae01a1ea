/** Column names, DuckDB types and sort keys of the demo tables: the contract the app's SQL relies on. */

export interface TableSpec {
  name: string
  /** Column name → DuckDB type, in file order. */
  columns: Record<string, string>
  /** ORDER BY clause that makes the Parquet output stable. */
  orderBy: string
}

/** The seven demo tables written to <out>/demo/<name>.parquet. */
export const DEMO_TABLES = {
  members: {
    name: 'members',
    columns: { district_code: 'VARCHAR', year: 'INTEGER', union_members: 'INTEGER', employees: 'INTEGER' },
    orderBy: 'district_code, year',
  },
  workshops: {
    name: 'workshops',
    columns: {
      workshop_id: 'VARCHAR', name: 'VARCHAR', district_code: 'VARCHAR', level: 'VARCHAR', kind: 'VARCHAR', industry: 'VARCHAR',
      leader: 'VARCHAR', established_year: 'INTEGER', named_year: 'INTEGER', revoked_year: 'INTEGER', team_size: 'INTEGER', alliance_id: 'VARCHAR',
    },
    orderBy: 'workshop_id',
  },
  alliances: {
    name: 'alliances',
    columns: { alliance_id: 'VARCHAR', name: 'VARCHAR', district_code: 'VARCHAR', type: 'VARCHAR', founded_year: 'INTEGER' },
    orderBy: 'alliance_id',
  },
  innovation: {
    name: 'innovation',
    columns: { workshop_id: 'VARCHAR', year: 'INTEGER', outputs: 'INTEGER', transformed: 'INTEGER', benefit_yuan: 'BIGINT', patents: 'INTEGER' },
    orderBy: 'workshop_id, year',
  },
  training: {
    name: 'training',
    columns: { district_code: 'VARCHAR', year: 'INTEGER', program: 'VARCHAR', sessions: 'INTEGER', trainees: 'INTEGER', person_times: 'INTEGER' },
    orderBy: 'district_code, year, program',
  },
  competitions: {
    name: 'competitions',
    columns: {
      competition_id: 'VARCHAR', district_code: 'VARCHAR', year: 'INTEGER', name: 'VARCHAR', industry: 'VARCHAR',
      participants: 'INTEGER', finalists: 'INTEGER', craftsmen_named: 'INTEGER',
    },
    orderBy: 'competition_id',
  },
  rights: {
    name: 'rights',
    columns: {
      district_code: 'VARCHAR', year: 'INTEGER', consultations: 'INTEGER', cases: 'INTEGER',
      recovered_yuan: 'BIGINT', arrears_recovered_yuan: 'BIGINT', workers_helped: 'INTEGER',
    },
    orderBy: 'district_code, year',
  },
} as const satisfies Record<string, TableSpec>

export type DemoTable = keyof typeof DEMO_TABLES

export const LEVELS = ['national', 'city', 'district', 'enterprise'] as const
export type Level = (typeof LEVELS)[number]
export const KINDS = ['model-worker', 'worker', 'craftsman'] as const
export type Kind = (typeof KINDS)[number]
export const ALLIANCE_TYPES = ['internal', 'same-industry', 'cross-industry'] as const
export type AllianceType = (typeof ALLIANCE_TYPES)[number]
export const PROGRAMS = ['skills', 'craftsman-academy', 'mentorship', 'cadre'] as const
export type Program = (typeof PROGRAMS)[number]
