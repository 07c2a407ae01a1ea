import { describe, expect, it } from 'vitest'
import { deckToJson, defaultDeck, moveItem, parseDeck, sameData, slideQuery } from './deck'

describe('decks', () => {
  it('the default deck is 年度工作汇报 with its six slides in order', () => {
    const d = defaultDeck()
    expect(d.name).toBe('年度工作汇报')
    expect(d.slides.map((s) => s.card)).toEqual([
      'overview-kpis', 'workshops-active-by-level', 'innovation-outputs', 'districts-ranking', 'training-coverage', 'rights-arrears',
    ])
  })
  it('export → import → export is byte-identical, text fields included', () => {
    const d = defaultDeck()
    d.slides[1] = { ...d.slides[1]!, title: '工作室 "按级别"', notes: '讲两分钟\n再讲一句', point: '<b>不是HTML</b>', hidePoint: true, query: { districts: '110118' } }
    const json = deckToJson(d)
    const back = parseDeck(json)
    expect(back.ok && deckToJson(back.deck)).toBe(json)
    expect(back.ok && back.deck).toEqual(d)
  })
  it('a bad file gives a reason, never an exception', () => {
    const ok = JSON.parse(deckToJson(defaultDeck()))
    const err = (v: unknown) => {
      const r = parseDeck(typeof v === 'string' ? v : JSON.stringify(v))
      return r.ok ? null : r.error
    }
    expect(err('{not json')).toEqual({ code: 'json' })
    expect(err([1, 2])).toEqual({ code: 'format' })
    expect(err({ ...ok, format: 'other' })).toEqual({ code: 'format' })
    expect(err({ ...ok, version: 9 })).toEqual({ code: 'version' })
    expect(err({ ...ok, deck: { ...ok.deck, name: '' } })).toEqual({ code: 'name' })
    expect(err({ ...ok, deck: { ...ok.deck, slides: {} } })).toEqual({ code: 'slides' })
    expect(err({ ...ok, deck: { ...ok.deck, slides: [] } })).toEqual({ code: 'empty' })
    const slides = [...ok.deck.slides]
    slides[2] = { ...slides[2], query: { from: 2021 } }
    expect(err({ ...ok, deck: { ...ok.deck, slides } })).toEqual({ code: 'slide', index: 2, field: 'query' })
    slides[2] = { ...slides[2], query: {}, card: 42 }
    expect(err({ ...ok, deck: { ...ok.deck, slides } })).toEqual({ code: 'slide', index: 2, field: 'card' })
    slides[2] = { ...ok.deck.slides[2], hidePoint: 'yes' }
    expect(err({ ...ok, deck: { ...ok.deck, slides } })).toEqual({ code: 'slide', index: 2, field: 'hidePoint' })
  })
  it('slides keep filters and view state but never the window keys', () => {
    expect(slideQuery({ from: '2020', metric: 'alliances', lang: 'en', theme: 'dark', deck: 'x', slide: '2', list: ['a'] })).toEqual({ from: '2020', metric: 'alliances' })
  })
  it('moves and compares slides', () => {
    expect(moveItem([1, 2, 3], 0, 2)).toEqual([2, 3, 1])
    expect(moveItem([1, 2, 3], 2, 5)).toEqual([1, 2, 3])
    const [a, b] = defaultDeck().slides
    expect(sameData(a!, b!)).toBe(true)
    expect(sameData(a!, { ...b!, params: { code: '110118' } })).toBe(false)
    expect(sameData(a!, { ...a!, query: { to: '2024' } })).toBe(false)
  })
})
