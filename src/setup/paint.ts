let painted: Promise<void> | null = null

/**
 * Resolves once the page's first contentful frame is on screen (the `first-contentful-paint` entry, reported
 * after the frame is presented, not merely committed), or after `fallbackMs` if none comes: a tab opened in
 * the background paints nothing until shown. Work that can wait (the chart code, the engine's compile) starts
 * then, so it does not compete with the first frame's raster for the machine's two cores.
 */
export function afterFirstPaint(fallbackMs = 600): Promise<void> {
  painted ??= new Promise((resolve) => {
    const timer = setTimeout(done, fallbackMs)
    let observer: PerformanceObserver | null = null
    function done() {
      clearTimeout(timer)
      observer?.disconnect()
      resolve()
    }
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length) done()
      })
      observer.observe({ type: 'paint', buffered: true })
    } catch {
      requestAnimationFrame(() => setTimeout(done, 0))
    }
  })
  return painted
}
