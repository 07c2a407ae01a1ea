import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { deckToJson, DEFAULT_DECK_ID } from '../domain/deck'
import { useDecksStore } from './decks'

describe('decks store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('ships the default deck and adds a view to the current deck in one call', () => {
    const decks = useDecksStore()
    expect(decks.current?.id).toBe(DEFAULT_DECK_ID)
    const deck = decks.create('区县汇报')
    expect(decks.current?.id).toBe(deck.id)
    expect(decks.addSlide({ route: 'rights', params: {}, query: { districts: '110118' }, card: 'rights-arrears' })).toEqual({ deckId: deck.id, index: 0 })
    decks.addSlide({ route: 'overview', params: {}, query: {}, card: 'overview-kpis' })
    decks.moveSlide(deck.id, 1, 0)
    decks.editSlide(deck.id, 0, { title: '核心指标', notes: '先讲这页' })
    expect(decks.byId(deck.id)!.slides.map((s) => [s.card, s.title])).toEqual([['overview-kpis', '核心指标'], ['rights-arrears', undefined]])
    decks.removeSlide(deck.id, 0)
    expect(decks.byId(deck.id)!.slides).toHaveLength(1)
  })

  it('imports a deck file: the same id replaces, a new id adds, a bad file changes nothing', () => {
    const decks = useDecksStore()
    const edited = { ...decks.byId(DEFAULT_DECK_ID)!, name: '年度工作汇报（修改）' }
    const again = decks.importJson(deckToJson(edited))
    expect(again.ok && again.replaced).toBe(true)
    expect(decks.decks).toHaveLength(1)
    expect(decks.exportJson(DEFAULT_DECK_ID)).toBe(deckToJson(edited))
    const other = decks.importJson(deckToJson({ ...edited, id: 'other' }))
    expect(other.ok && !other.replaced).toBe(true)
    expect(decks.importJson('[]')).toEqual({ ok: false, error: { code: 'format' } })
    expect(decks.decks).toHaveLength(2)
  })

  it('deleting the last deck brings the default deck back', () => {
    const decks = useDecksStore()
    decks.remove(DEFAULT_DECK_ID)
    expect(decks.decks.map((d) => d.id)).toEqual([DEFAULT_DECK_ID])
  })
})
