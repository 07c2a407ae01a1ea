import { beforeAll, describe, expect, it } from 'vitest'
import type { Engine } from '../../src/data/engine'
import { panelQuery, type PanelRow } from '../../src/data/queries/panel'
import { measures, metrics } from '../../src/domain/metrics'
import { bundledEngine } from '../../scripts/lib/bundled'

// Every measure of the catalogue, on the bundled Parquet, on the engine the browser ships.
let db: Engine
const tables = ['districts', 'demo/members', 'demo/workshops', 'demo/alliances', 'demo/innovation', 'demo/training', 'demo/competitions', 'demo/rights']

beforeAll(async () => {
  db = await bundledEngine(tables)
}, 60_000)

describe('the metric catalogue on the bundled data', () => {
  it('every metric names a unique id and measures that exist', () => {
    expect(new Set(metrics.map((m) => m.id)).size).toBe(metrics.length)
    const known = new Set(Object.values(measures).map((m) => m.id))
    for (const m of metrics) {
      expect(known.has(m.numerator.id), m.id).toBe(true)
      if (m.denominator) expect(known.has(m.denominator.id), m.id).toBe(true)
    }
  })

  it('every measure runs and covers the districts and years it should', async () => {
    const rows = (await db.query(panelQuery(Object.values(measures), 2016, 2025, 'all'))) as unknown as PanelRow[]
    for (const measure of Object.values(measures)) {
      const mine = rows.filter((r) => r.measure === measure.id)
      const districts = new Set(mine.map((r) => r.district_code))
      // Alliances are few and only some districts have them; everything else covers all 16.
      if (measure.id === 'alliances') expect(districts.size, measure.id).toBeGreaterThan(0)
      else expect(districts.size, measure.id).toBe(16)
      expect(mine.every((r) => Number.isFinite(r.value) && r.value >= 0), measure.id).toBe(true)
    }
  })

  it('a level filter narrows workshop measures only', async () => {
    const all = (await db.query(panelQuery([measures.workshopsActive, measures.cases], 2025, 2025, 'all'))) as unknown as PanelRow[]
    const city = (await db.query(panelQuery([measures.workshopsActive, measures.cases], 2025, 2025, 'city'))) as unknown as PanelRow[]
    const total = (rows: PanelRow[], id: string) => rows.filter((r) => r.measure === id).reduce((s, r) => s + r.value, 0)
    expect(total(city, 'workshops_active')).toBeLessThan(total(all, 'workshops_active'))
    expect(total(city, 'rights_cases')).toBe(total(all, 'rights_cases'))
  })
})
