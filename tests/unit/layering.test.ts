import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The lint rules that keep the layers honest, run on one-line probes placed (virtually) in each layer.
const eslint = new ESLint()
const rulesHit = async (file: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: file })
  return result!.messages.map((m) => m.ruleId)
}

describe('layering lint rules', () => {
  it('keep components and views off the engine: queries are named, run by composables', async () => {
    expect(await rulesHit('src/components/probe.ts', "export { query } from '../data/db'\n")).toContain('import-x/no-restricted-paths')
    expect(await rulesHit('src/views/probe.ts', "export { replaceTables } from '../data/datasets'\n")).toContain('import-x/no-restricted-paths')
    expect(await rulesHit('src/components/probe.ts', "export { listQuery } from '../data/queries/workshops'\nexport { DataError } from '../data/errors'\n")).toEqual([])
  })

  it('keep data/ free of setup/, Vue and the layers above it, and domain/ pure', async () => {
    expect(await rulesHit('src/data/probe.ts', "export { afterFirstPaint } from '../setup/paint'\n")).toContain('import-x/no-restricted-paths')
    expect(await rulesHit('src/data/probe.ts', "export { ref } from 'vue'\n")).toContain('no-restricted-imports')
    expect(await rulesHit('src/charts/probe.ts', "export { demoFiles } from '../data/sources'\n")).toContain('import-x/no-restricted-paths')
    expect(await rulesHit('src/domain/probe.ts', "export { query } from '../data/db'\n")).toContain('import-x/no-restricted-paths')
  })
})
