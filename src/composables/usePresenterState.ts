import { onScopeDispose, reactive, readonly } from 'vue'

/** Everything two windows of one talk share: the presenter's window and the audience's screen. */
export interface PresenterState {
  /** The deck being presented. */
  deck: string
  /** The slide on screen, 0-based. */
  slide: number
  /** The audience screen is blacked out (B). */
  black: boolean
  /** When the talk started (ms since epoch), for the elapsed time; null before. */
  startedAt: number | null
}

type Message =
  | { type: 'patch'; key: keyof PresenterState; value: PresenterState[keyof PresenterState] }
  | { type: 'hello' }
  | { type: 'state'; state: PresenterState }

const CHANNEL = 'union-cockpit:presenter'

/**
 * The shared state as one typed object, synced over BroadcastChannel (as Slidev does): `patch(key, value)` changes it
 * here and in every other window of this browser; a window that opens asks the others for the state they hold.
 */
export function usePresenterState(initial: PresenterState) {
  const state = reactive<PresenterState>({ ...initial })
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL)
  const send = (m: Message) => channel?.postMessage(m)
  let greeted = false

  channel?.addEventListener('message', (e: MessageEvent<Message>) => {
    const m = e.data
    if (m.type === 'hello') send({ type: 'state', state: { ...state } })
    // The first window to answer wins; later answers would only repeat it.
    else if (m.type === 'state' && !greeted && m.state.deck === state.deck) {
      greeted = true
      Object.assign(state, m.state)
    } else if (m.type === 'patch') Object.assign(state, { [m.key]: m.value })
  })
  send({ type: 'hello' })
  onScopeDispose(() => channel?.close())

  /** Changes one key here and in the other windows. */
  function patch<K extends keyof PresenterState>(key: K, value: PresenterState[K]) {
    state[key] = value
    send({ type: 'patch', key, value })
  }

  return { state: readonly(state), patch }
}
