/** Writes the seven demo tables as header-less CSV into a directory, streaming the large ones. */
import { join } from 'node:path'
import { assignMembers, makeAlliances } from './alliances.ts'
import { forEachCompetition } from './competitions.ts'
import { CsvWriter } from './csv-writer.ts'
import type { District } from './districts.ts'
import { InnovationEmitter, type WeightSums, addWeights, rowWeights } from './innovation.ts'
import { makeMembers } from './members.ts'
import { makeRights } from './rights.ts'
import type { DemoTable } from './schema.ts'
import { makeTraining } from './training.ts'
import { planWorkshops } from './workshop-plan.ts'
import { uniqueName, workshopAt } from './workshops.ts'

export interface GenerateOptions { seed: number; scale: number; districts: readonly District[]; dir: string }

/** Generates every demo table into `<dir>/<table>.csv`; returns the row count per table. */
export function generateDemo({ seed, scale, districts, dir }: GenerateOptions): Record<DemoTable, number> {
  const open = (t: DemoTable): CsvWriter => new CsvWriter(join(dir, `${t}.csv`))
  const counts = {} as Record<DemoTable, number>
  const small = <T>(t: DemoTable, rows: readonly T[], cells: (row: T) => (string | number | null)[]): void => {
    const w = open(t)
    for (const row of rows) w.write(cells(row))
    w.close()
    counts[t] = w.rows
  }
  small('members', makeMembers(seed, districts), (m) => [m.districtCode, m.year, m.unionMembers, m.employees])
  small('training', makeTraining(seed, districts), (t) => [t.districtCode, t.year, t.program, t.sessions, t.trainees, t.personTimes])
  small('rights', makeRights(seed, districts), (x) => [x.districtCode, x.year, x.consultations, x.cases, x.recoveredYuan, x.arrearsRecoveredYuan, x.workersHelped])

  const plan = planWorkshops(seed, scale, districts)
  const alliances = makeAlliances(seed, districts)
  const member = assignMembers(seed, scale, plan, alliances)
  small('alliances', alliances, (a) => [a.id, a.name, a.district >= 0 ? districts[a.district].code : null, a.type, a.founded])

  // Pass 1: weight sums of every innovation row. Pass 2: workshops and their exact integer rows.
  const sums: WeightSums = { out: 0, tr: 0, ben: 0 }
  for (let i = 0; i < plan.count; i++) addWeights(sums, rowWeights(seed, i, workshopAt(seed, i, plan, districts, alliances, member)))
  const emitter = new InnovationEmitter(seed, sums, scale)
  const ws = open('workshops')
  const inn = open('innovation')
  const names = new Set<string>()
  for (let i = 0; i < plan.count; i++) {
    const w = workshopAt(seed, i, plan, districts, alliances, member)
    ws.write([w.id, uniqueName(w, names), w.districtCode, w.level, w.kind, w.industry, w.leader, w.established, w.named, w.revoked, w.teamSize, w.allianceId])
    for (const row of emitter.rows(i, w, rowWeights(seed, i, w))) {
      inn.write([w.id, row.year, row.outputs, row.transformed, row.benefit, row.patents])
    }
  }
  ws.close()
  inn.close()
  counts.workshops = ws.rows
  counts.innovation = inn.rows

  const comp = open('competitions')
  forEachCompetition(seed, scale, districts, (c) =>
    comp.write([c.id, c.districtCode, c.year, c.name, c.industry, c.participants, c.finalists, c.craftsmenNamed]))
  comp.close()
  counts.competitions = comp.rows
  return counts
}
