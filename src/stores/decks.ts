import { defineStore } from 'pinia'
import { computed } from 'vue'
import { useLocalStorage } from '@vueuse/core'
import { DEFAULT_DECK_ID, defaultDeck, deckToJson, moveItem, newId, parseDeck, type Deck, type DeckError, type Slide } from '../domain/deck'

/** The presenter's decks, kept in this browser (and in step between its windows through storage events). */
export const useDecksStore = defineStore('decks', () => {
  /** Every deck; the default deck ships in it until deleted. */
  const decks = useLocalStorage<Deck[]>('union-cockpit:decks', () => [defaultDeck()])
  /** The deck "add to deck" adds to: the last one opened or created. */
  const currentId = useLocalStorage('union-cockpit:deck', DEFAULT_DECK_ID)

  /** The current deck, or the first one if it was deleted. */
  const current = computed(() => decks.value.find((d) => d.id === currentId.value) ?? decks.value[0] ?? null)
  /** A deck by id. */
  const byId = (id: string) => decks.value.find((d) => d.id === id) ?? null

  function replace(id: string, change: (d: Deck) => Deck) {
    decks.value = decks.value.map((d) => (d.id === id ? change(d) : d))
  }

  /** Makes a new empty deck the current one. */
  function create(name: string) {
    const deck: Deck = { id: newId('deck'), name, slides: [] }
    decks.value = [...decks.value, deck]
    currentId.value = deck.id
    return deck
  }
  /** Deletes a deck; with none left, the default deck comes back. */
  function remove(id: string) {
    const rest = decks.value.filter((d) => d.id !== id)
    decks.value = rest.length ? rest : [defaultDeck()]
  }
  const rename = (id: string, name: string) => replace(id, (d) => ({ ...d, name }))
  /** Adds a slide at the end of a deck (the current one by default) and returns where it went. */
  function addSlide(slide: Omit<Slide, 'id'>, deckId = current.value?.id) {
    if (!deckId || !byId(deckId)) deckId = create(defaultDeck().name).id
    replace(deckId, (d) => ({ ...d, slides: [...d.slides, { ...slide, id: newId('slide') }] }))
    return { deckId, index: byId(deckId)!.slides.length - 1 }
  }
  const moveSlide = (id: string, from: number, to: number) => replace(id, (d) => ({ ...d, slides: moveItem(d.slides, from, to) }))
  const removeSlide = (id: string, index: number) => replace(id, (d) => ({ ...d, slides: d.slides.filter((_, i) => i !== index) }))
  /** Changes a slide's title, notes or talking point; an empty text falls back to the generated one. */
  function editSlide(id: string, index: number, change: Partial<Pick<Slide, 'title' | 'notes' | 'point' | 'hidePoint'>>) {
    replace(id, (d) => ({ ...d, slides: d.slides.map((s, i) => (i === index ? { ...s, ...change } : s)) }))
  }

  /** The deck as a JSON file's text. */
  const exportJson = (id: string) => (byId(id) ? deckToJson(byId(id)!) : '')
  /** Reads a deck file: a deck with the same id is replaced (the same deck, updated by a colleague), else added. */
  function importJson(text: string): { ok: true; deck: Deck; replaced: boolean } | { ok: false; error: DeckError } {
    const result = parseDeck(text)
    if (!result.ok) return result
    const replaced = !!byId(result.deck.id)
    decks.value = replaced ? decks.value.map((d) => (d.id === result.deck.id ? result.deck : d)) : [...decks.value, result.deck]
    currentId.value = result.deck.id
    return { ok: true, deck: result.deck, replaced }
  }

  return { decks, currentId, current, byId, create, remove, rename, addSlide, moveSlide, removeSlide, editSlide, exportJson, importJson }
})
