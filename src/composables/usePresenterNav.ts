import { computed, ref, type ComputedRef, type Ref } from 'vue'
import { useEventListener, useFullscreen } from '@vueuse/core'

/** What the keyboard (and the on-screen buttons) can do during a talk. */
export interface PresenterNav {
  /** The 0-based slide shown. */
  index: ComputedRef<number>
  /** Digits typed so far for "number + Enter" (1-based, as the audience counts). */
  typed: Ref<string>
  /** Next slide: →, ↓, Space, PageDown (what presentation remotes send), N. */
  next: () => void
  /** Previous slide: ←, ↑, PageUp, Shift+Space, P. */
  prev: () => void
  /** Jumps to a 0-based slide, clamped to the deck. */
  go: (index: number) => void
  /** Black screen on and off: B (or .). */
  toggleBlack: () => void
  /** Fullscreen on and off: F. */
  toggleFullscreen: () => Promise<void>
  /** The pointer tool: L laser, D draw, pressing the same key again turns it off. */
  tool: Ref<'none' | 'laser' | 'draw'>
}

/** Where keys should type, not navigate. */
const typing = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))

/** All presenter keys in one place: →/Space/PageDown, ←/PageUp, Home/End, number + Enter, F, B, Esc, L, D. */
export function usePresenterNav(options: {
  index: () => number
  count: () => number
  setIndex: (i: number) => void
  black: () => boolean
  setBlack: (on: boolean) => void
  leave: () => void
}): PresenterNav {
  const index = computed(options.index)
  const typed = ref('')
  const tool = ref<'none' | 'laser' | 'draw'>('none')
  const { toggle } = useFullscreen()
  const go = (i: number) => options.setIndex(Math.max(0, Math.min(options.count() - 1, i)))
  const nav: PresenterNav = {
    index, typed, tool,
    next: () => go(index.value + 1),
    prev: () => go(index.value - 1),
    go,
    toggleBlack: () => options.setBlack(!options.black()),
    toggleFullscreen: toggle,
  }
  const pick = (t: 'laser' | 'draw') => (tool.value = tool.value === t ? 'none' : t)

  useEventListener(window, 'keydown', (e: KeyboardEvent) => {
    if (typing(e.target) || e.ctrlKey || e.metaKey || e.altKey) return
    const k = e.key
    if (/^[0-9]$/.test(k)) typed.value = (typed.value + k).slice(-3)
    else if (k === 'Enter' && typed.value) go(Number(typed.value) - 1)
    else if (['ArrowRight', 'ArrowDown', 'PageDown', 'n', 'N'].includes(k) || (k === ' ' && !e.shiftKey)) nav.next()
    else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P'].includes(k) || (k === ' ' && e.shiftKey)) nav.prev()
    else if (k === 'Home') go(0)
    else if (k === 'End') go(options.count() - 1)
    else if (k === 'f' || k === 'F') void nav.toggleFullscreen()
    else if (k === 'b' || k === 'B' || k === '.') nav.toggleBlack()
    else if (k === 'l' || k === 'L') pick('laser')
    else if (k === 'd' || k === 'D') pick('draw')
    else if (k === 'Escape') options.leave()
    else return
    if (!/^[0-9]$/.test(k)) typed.value = ''
    e.preventDefault()
  })
  return nav
}
