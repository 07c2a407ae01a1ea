/**
 * Resolves once the page has painted its first frame: after the next animation frame's rendering, or after
 * `fallbackMs` if no frame comes (a tab opened in the background gets no animation frames until shown).
 */
export function afterFirstPaint(fallbackMs = 300): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs)
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer)
        resolve()
      }, 0),
    )
  })
}
