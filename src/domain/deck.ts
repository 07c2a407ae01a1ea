/** A saved view shown as one slide: a route, its URL query (filters and view state), one card, and the presenter's words. */
export interface Slide {
  id: string
  /** Route name, e.g. 'workshops' or 'district'. */
  route: string
  /** Route params, e.g. { code: '110118' } for a district. */
  params: Record<string, string>
  /** The view's URL query without language, theme or presenter keys: filters plus view state such as `metric`. */
  query: Record<string, string>
  /** The card shown: a chart id (`data-chart`) or a region such as 'overview-kpis'. */
  card: string
  /** A title replacing the card's own. */
  title?: string
  /** Speaker notes. */
  notes?: string
  /** The talking point as the presenter edited it, replacing the generated one. */
  point?: string
  /** The presenter keeps the talking point off the slide (it is shown under the title unless this is set). */
  hidePoint?: true
}

/** An ordered list of slides with a name. */
export interface Deck {
  id: string
  name: string
  slides: Slide[]
}

/** Why an imported deck file was refused. */
export type DeckError = { code: 'json' | 'format' | 'version' | 'name' | 'slides' | 'empty' } | { code: 'slide'; index: number; field: string }

export const DEFAULT_DECK_ID = 'annual-report'
const FORMAT = 'union-cockpit-deck'
const VERSION = 1
/** Query keys that belong to the window, never to a slide. */
const WINDOW_KEYS = ['lang', 'theme', 'deck', 'slide', 'auto']
const TEXT_FIELDS = ['title', 'notes', 'point'] as const

/** The deck that ships: 年度工作汇报, one slide per headline chart, default filters. */
export function defaultDeck(): Deck {
  const s = (n: number, route: string, card: string): Slide => ({ id: `annual-${n}`, route, params: {}, query: {}, card })
  return {
    id: DEFAULT_DECK_ID,
    name: '年度工作汇报',
    slides: [
      s(1, 'overview', 'overview-kpis'),
      s(2, 'workshops', 'workshops-active-by-level'),
      s(3, 'innovation', 'innovation-outputs'),
      s(4, 'districts', 'districts-ranking'),
      s(5, 'training', 'training-coverage'),
      s(6, 'rights', 'rights-arrears'),
    ],
  }
}

/** A short random id (not cryptographic: only unique within one browser's decks). */
export function newId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`
}

/** The part of a URL query a slide keeps: string values, without window keys. */
export function slideQuery(query: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(query)) if (typeof v === 'string' && !WINDOW_KEYS.includes(k)) out[k] = v
  return out
}

/** Whether two slides show their views under the same URL state (params and query), so both can be drawn live at once. */
export function sameData(a: Slide, b: Slide): boolean {
  const key = (s: Slide) => JSON.stringify([sorted(s.params), sorted(s.query)])
  return key(a) === key(b)
}

function sorted(o: Record<string, string>) {
  return Object.keys(o).sort().map((k) => [k, o[k]])
}

/** A copy of a list with one item moved; out-of-range moves return the list unchanged. */
export function moveItem<T>(list: T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return list
  const next = [...list]
  next.splice(to, 0, next.splice(from, 1)[0]!)
  return next
}

/** The deck as a file a colleague can import: stable key order, so export → import → export is byte-identical. */
export function deckToJson(deck: Deck): string {
  const slides = deck.slides.map((s) => {
    const out: Slide = { id: s.id, route: s.route, params: s.params, query: s.query, card: s.card }
    for (const f of TEXT_FIELDS) if (s[f]) out[f] = s[f]
    if (s.hidePoint) out.hidePoint = true
    return out
  })
  return `${JSON.stringify({ format: FORMAT, version: VERSION, deck: { id: deck.id, name: deck.name, slides } }, null, 2)}\n`
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isStringMap = (v: unknown): v is Record<string, string> => isRecord(v) && Object.values(v).every((x) => typeof x === 'string')
const isText = (v: unknown, max: number) => typeof v === 'string' && v.trim().length > 0 && v.length <= max

/** Reads a deck file; anything malformed gives a reason the UI can show, never an exception. */
export function parseDeck(text: string): { ok: true; deck: Deck } | { ok: false; error: DeckError } {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, error: { code: 'json' } }
  }
  if (!isRecord(data) || data.format !== FORMAT || !isRecord(data.deck)) return { ok: false, error: { code: 'format' } }
  if (data.version !== VERSION) return { ok: false, error: { code: 'version' } }
  const { id, name, slides } = data.deck
  if (!isText(id, 100) || !isText(name, 200)) return { ok: false, error: { code: 'name' } }
  if (!Array.isArray(slides)) return { ok: false, error: { code: 'slides' } }
  if (!slides.length) return { ok: false, error: { code: 'empty' } }
  const out: Slide[] = []
  for (const [index, s] of slides.entries()) {
    const bad = (field: string) => ({ ok: false as const, error: { code: 'slide' as const, index, field } })
    if (!isRecord(s)) return bad('slide')
    for (const f of ['id', 'route', 'card'] as const) if (!isText(s[f], 200)) return bad(f)
    if (!isStringMap(s.params)) return bad('params')
    if (!isStringMap(s.query)) return bad('query')
    const slide: Slide = { id: s.id as string, route: s.route as string, params: s.params, query: slideQuery(s.query), card: s.card as string }
    for (const f of TEXT_FIELDS) {
      if (s[f] === undefined || s[f] === '') continue
      if (typeof s[f] !== 'string' || (s[f] as string).length > 5000) return bad(f)
      slide[f] = s[f] as string
    }
    if (s.hidePoint !== undefined && typeof s.hidePoint !== 'boolean') return bad('hidePoint')
    if (s.hidePoint) slide.hidePoint = true
    out.push(slide)
  }
  return { ok: true, deck: { id: id as string, name: name as string, slides: out } }
}
