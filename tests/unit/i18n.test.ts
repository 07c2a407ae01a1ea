import { describe, expect, it } from 'vitest'
import zh from '../../src/locales/zh-CN'
import en from '../../src/locales/en'
import { metrics } from '../../src/domain/metrics'

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
}

describe('translations', () => {
  it('zh-CN and en have exactly the same keys, none empty', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort())
    for (const k of keys(en)) expect(k.split('.').reduce<any>((o, p) => o[p], en), k).not.toBe('')
  })
  it('every metric has a label and a 口径 in both languages', () => {
    for (const m of metrics) {
      expect(m.label.zh && m.label.en && m.definition.zh && m.definition.en, m.id).toBeTruthy()
    }
  })
})
