import { describe, expect, it } from 'vitest'
import { clickedCode, clickSelection } from './selection'

describe('clickSelection', () => {
  it('replaces the selection on a plain click', () => {
    expect(clickSelection({ districts: ['110101', '110102'], zone: null }, '110118', false)).toEqual({ districts: ['110118'], zone: null })
  })
  it('adds on Shift-click, or removes a district already selected', () => {
    expect(clickSelection({ districts: ['110101'], zone: null }, '110118', true).districts).toEqual(['110101', '110118'])
    expect(clickSelection({ districts: ['110101', '110118'], zone: null }, '110118', true).districts).toEqual(['110101'])
  })
  it('keeps a zone that still holds the selection and drops one that does not', () => {
    expect(clickSelection({ districts: [], zone: 'ecological' }, '110118', false).zone).toBe('ecological')
    expect(clickSelection({ districts: [], zone: 'ecological' }, '110101', false).zone).toBeNull()
  })
})

describe('clickedCode', () => {
  it('reads the code from the data item, else the Chinese region name', () => {
    expect(clickedCode({ data: { code: '110105' } })).toBe('110105')
    expect(clickedCode({ name: '密云区', data: undefined })).toBe('110118')
    expect(clickedCode({ name: 'nowhere', data: null })).toBeNull()
  })
})
