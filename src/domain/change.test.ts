import { describe, expect, it } from 'vitest'
import { changeDirection, changesInPoints, changeWords, formatChange, yearOnYear } from './change'
import { metricById, metrics } from './metrics'

const rate = metricById('transformation_rate')
const coverage = metricById('training_coverage')
const outputs = metricById('innovation_outputs')

describe('同比 of a rate is a change in 百分点', () => {
  it('decides by the catalogue: every ratio-unit metric, and nothing else', () => {
    const inPoints = metrics.filter(changesInPoints).map((m) => m.id)
    expect(inPoints).toEqual(metrics.filter((m) => m.unit === 'ratio').map((m) => m.id))
    expect(inPoints).toEqual(expect.arrayContaining(['transformation_rate', 'training_coverage']))
    // Per-workshop and per-case figures are ratios of two measures but not rates: their 同比 stays relative.
    expect(changesInPoints(metricById('recovered_per_case'))).toBe(false)
  })
  it('成果转化率 48.9% → 48.1% is down 0.8 points, not −1.6%', () => {
    const c = yearOnYear(rate, 0.481, 0.489)!
    expect(c.kind).toBe('points')
    expect(c.value).toBeCloseTo(-0.8, 10)
    expect(formatChange(c, 'zh')).toBe('−0.8个百分点')
    expect(formatChange(c, 'en')).toBe('−0.8 pp')
    expect(changeWords(c, 'zh')).toBe('下降0.8个百分点')
    expect(changeWords(c, 'en')).toBe('down 0.8 pp')
  })
  it('培训覆盖率 3.8% → 3.5% is down 0.3 points, and a rise from 0 is still a change', () => {
    expect(changeWords(yearOnYear(coverage, 0.035, 0.038), 'zh')).toBe('下降0.3个百分点')
    expect(formatChange(yearOnYear(coverage, 0.012, 0), 'zh')).toBe('+1.2个百分点')
  })
  it('a count changes relatively, and not from zero', () => {
    const c = yearOnYear(outputs, 120, 100)!
    expect(c).toEqual({ kind: 'relative', value: 0.2 })
    expect(formatChange(c, 'zh')).toBe('+20.0%')
    expect(changeWords({ kind: 'relative', value: -0.05 }, 'en')).toBe('down 5.0%')
    expect(yearOnYear(outputs, 5, 0)).toBeNull()
    expect(yearOnYear(outputs, null, 3)).toBeNull()
  })
  it('colours by the better direction, and calls what rounds to nothing flat', () => {
    expect(changeDirection({ kind: 'points', value: -0.8 }, 'up')).toBe('bad')
    expect(changeDirection({ kind: 'points', value: 0.04 }, 'up')).toBe('flat')
    expect(changeDirection({ kind: 'relative', value: -0.1 }, 'down')).toBe('good')
    expect(changeDirection(null, 'up')).toBe('none')
    expect(formatChange({ kind: 'points', value: 0.04 }, 'zh')).toBe('0.0个百分点')
    expect(changeWords({ kind: 'points', value: 0.04 }, 'zh')).toBe('持平')
    expect(formatChange(null, 'zh')).toBe('—')
  })
})
