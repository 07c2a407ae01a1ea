/** An SVG path through the non-null values, scaled into width × height (pure, for KPI cards). */
export function sparklinePath(values: (number | null)[], width: number, height: number, pad = 2): string {
  const known = values.filter((v): v is number => v != null)
  if (known.length < 2) return ''
  const min = Math.min(...known)
  const span = Math.max(...known) - min || 1
  const step = (width - 2 * pad) / (values.length - 1)
  let path = ''
  let pen = 'M'
  values.forEach((v, i) => {
    if (v == null) {
      pen = 'M'
      return
    }
    const x = pad + i * step
    const y = height - pad - ((v - min) / span) * (height - 2 * pad)
    path += `${pen}${x.toFixed(1)},${y.toFixed(1)}`
    pen = 'L'
  })
  return path
}
