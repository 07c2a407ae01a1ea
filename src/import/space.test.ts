import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import en from '../locales/en'
import zh from '../locales/zh-CN'
import { formatBytes, freeBytes, isQuotaError, spaceShortText, StorageFull } from './space'

const i18n = createI18n({ legacy: false, locale: 'zh', messages: { zh, en } })
const t = (key: string, params?: Record<string, unknown>) => i18n.global.t(key, params ?? {})

describe('storage refusal message', () => {
  it('says space is short, what the dataset needs, what is free, and what to do (Chinese)', () => {
    i18n.global.locale.value = 'zh'
    const text = spaceShortText(t, { needed: 12.5 * 1024 * 1024, usage: 9 * 1024 * 1024, quota: 10 * 1024 * 1024 })
    expect(text).toContain('存储空间不足')
    expect(text).toContain('12.5 MB')
    expect(text).toContain('1.0 MB')
    expect(text).toContain('导出 Parquet')
    expect(text).toContain('删除')
  })

  it('says the same in English, and says when the browser gives no estimate', () => {
    i18n.global.locale.value = 'en'
    const text = spaceShortText(t, { needed: 3000, usage: null, quota: null })
    expect(text).toContain('out of storage space')
    expect(text).toContain('2.9 KB')
    expect(text).toContain('does not say how much is free')
    expect(text).toContain('Export Parquet')
    i18n.global.locale.value = 'zh'
  })

  it('says the disk is full when the estimate claims the dataset would fit', () => {
    i18n.global.locale.value = 'zh'
    const text = spaceShortText(t, { needed: 8 * 1024 * 1024, usage: 1024, quota: 1024 ** 3 + 1024 })
    expect(text).toContain('8.0 MB')
    expect(text).toContain('1.0 GB')
    expect(text).toContain('磁盘已经写满')
    expect(text).toContain('导出 Parquet')
  })

  it('never reports negative free space', () => {
    expect(freeBytes({ usage: 200, quota: 100 })).toBe(0)
    expect(freeBytes({ usage: null, quota: 100 })).toBeNull()
  })

  it('formats bytes in steps of 1024', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatBytes(250 * 1024 * 1024)).toBe('250 MB')
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.0 GB')
  })

  it('recognises a refused write however the browser names it', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true)
    expect(isQuotaError(new Error('Quota exceeded'))).toBe(true)
    expect(isQuotaError(new DOMException('x', 'AbortError'))).toBe(false)
    expect(new StorageFull(10).needed).toBe(10)
  })
})
