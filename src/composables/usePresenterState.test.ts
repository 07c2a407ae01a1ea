import { effectScope } from 'vue'
import { describe, expect, it } from 'vitest'
import { usePresenterState } from './usePresenterState'

const until = async (check: () => boolean) => {
  for (let i = 0; i < 50 && !check(); i++) await new Promise((r) => setTimeout(r, 10))
  return check()
}

describe('presenter state', () => {
  it('is one object kept in step between windows over BroadcastChannel, both ways; a late window adopts it', async () => {
    const scope = effectScope()
    const init = { deck: 'annual-report', slide: 0, black: false, startedAt: null }
    const [audience, presenter] = scope.run(() => [usePresenterState(init), usePresenterState(init)])!
    presenter.patch('slide', 3)
    expect(presenter.state.slide).toBe(3)
    expect(await until(() => audience.state.slide === 3)).toBe(true)
    audience.patch('black', true)
    expect(await until(() => presenter.state.black)).toBe(true)
    const late = scope.run(() => usePresenterState(init))!
    expect(await until(() => late.state.slide === 3 && late.state.black)).toBe(true)
    scope.stop()
  })
})
