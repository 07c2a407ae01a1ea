import { describe, expect, it } from 'vitest'
import { palette } from '../themes'
import {
  competitionSeries, coverageOption, coverageTable, industryOption, industryTable, industryTotals, mix,
  programmeSeries, withFineAxes, yearTable, type CoverageInput, type IndustryInput,
} from './training'


describe('programmeSeries', () => {
  const rows = [
    { program: 'mentorship', year: 2024, sessions: 10, person_times: 100 },
    { program: 'skills', year: 2024, sessions: 20, person_times: 400 },
    { program: 'skills', year: 2025, sessions: 30, person_times: 500 },
    { program: 'zz-imported', year: 2025, sessions: 1, person_times: 7 },
  ]
  it('stacks person-times by programme in catalogue order, unknown codes last, and puts sessions on the right axis', () => {
    const series = programmeSeries(rows, [2024, 2025], [1, 1], 'zh', '培训场次')
    expect(series.map((s) => s.name)).toEqual(['技能培训', '名师带徒', 'zz-imported', '培训场次'])
    expect(series[0]).toMatchObject({ type: 'bar', stack: 'person-times', unit: 'person-times', values: [400, 500] })
    expect(series[1]!.values).toEqual([100, null])
    expect(series[3]).toMatchObject({ type: 'line', axis: 1, unit: 'count', unitWord: '场次', values: [30, 31] })
  })
  it('scales every year by its own factor when normalised, and is empty without rows', () => {
    const series = programmeSeries(rows, [2024, 2025], [0.5, null], 'en', 'Sessions')
    expect(series[0]).toMatchObject({ name: 'Skills training', unit: 'per10k', values: [200, null] })
    expect(programmeSeries([], [2024], [1], 'zh', 'x')).toEqual([])
  })
})

describe('competitionSeries', () => {
  it('bars competitions and craftsmen, a line of participants on the right axis; nothing without data', () => {
    const labels = { competitions: '技能竞赛', craftsmen: '评选工匠', participants: '参赛人次' }
    const s = competitionSeries(labels, { competitions: [3], craftsmen: [1], participants: [900] }, false)
    expect(s.map((x) => [x.type, x.axis ?? 0, x.unit])).toEqual([['bar', 0, 'count'], ['bar', 0, 'count'], ['line', 1, 'person-times']])
    expect(competitionSeries(labels, { competitions: [3], craftsmen: [1], participants: [900] }, true)[2]!.unit).toBe('per10k')
    expect(competitionSeries(labels, { competitions: [null], craftsmen: [null], participants: [null] }, false)).toEqual([])
  })
})

describe('industries', () => {
  const rows = [
    { industry: 'ict', year: 2024, competitions: 2, participants: 100 },
    { industry: 'ict', year: 2025, competitions: 1, participants: 100 },
    { industry: '<img src=x onerror=alert(1)>', year: 2025, competitions: 1, participants: 300 },
  ]
  it('adds each year normalised by its own base and sorts largest first', () => {
    expect(industryTotals(rows, [2024, 2025], [1, 1]).map((t) => [t.industry, t.participants, t.competitions])).toEqual([
      ['<img src=x onerror=alert(1)>', 300, 1], ['ict', 200, 3],
    ])
    expect(industryTotals(rows, [2024, 2025], [0.5, 0.1]).find((t) => t.industry === 'ict')!.participants).toBeCloseTo(60)
  })
  it('draws horizontal bars with catalogue labels and escapes unknown names in the tooltip', () => {
    const input: IndustryInput = {
      totals: industryTotals(rows, [2024, 2025], [1, 1]), locale: 'zh', unit: 'person-times',
      participantsLabel: '参赛人次', competitionsLabel: '竞赛场数', definition: '口径',
    }
    const option = industryOption(input) as any
    expect(option.yAxis.inverse).toBe(true)
    expect(option.yAxis.data).toEqual(['<img src=x onerror=alert(1)>', '信息技术'])
    const html: string = option.tooltip.formatter([{ dataIndex: 0 }])
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img')
    expect(html).toContain('300人次')
    expect(html).toContain('1场')
    expect(industryTable('t', input, '行业').rows[1]).toEqual({ industry: '信息技术', participants: 200, competitions: 3 })
  })
})

describe('coverageOption', () => {
  const input: CoverageInput = {
    years: [2024, 2025], codes: ['110101', '110102'], names: ['东城区', '西城<b>'],
    values: [[0.02, 0.03], [null, 0.05]], city: [0.025, 0.04], selected: ['110102'], locale: 'zh',
    metricLabel: '培训覆盖率', cityLabel: '全市', definition: '参训人数 ÷ 会员数', textColor: '#1f2933',
  }
  const option = coverageOption(input) as any
  it('keeps the official order top to bottom, scales light to dark blue from the theme over the data range', () => {
    expect(option.yAxis.inverse).toBe(true)
    expect(option.yAxis.data).toEqual(['东城区', '西城<b>'])
    expect(option.visualMap).toMatchObject({ min: 0.02, max: 0.05 })
    expect(option.visualMap.inRange.color[0]).toBe(mix(palette[0]!, 0.9))
    expect(option.visualMap.inRange.color).toContain(palette[0])
    expect(option.series[0].data).toHaveLength(4)
    expect(option.series[0].data[2].value).toEqual([0, 1, null])
  })
  it('fades districts out of scope and outlines the chosen ones', () => {
    expect(option.series[0].data[0].itemStyle.opacity).toBeLessThan(1)
    expect(option.series[0].data[3].itemStyle.borderWidth).toBeGreaterThan(0)
    expect((coverageOption({ ...input, selected: [] }) as any).series[0].data[0].itemStyle.opacity).toBe(1)
  })
  it('shows percentages and the city value in an escaped tooltip, and exports percentages', () => {
    const html: string = option.tooltip.formatter({ value: [1, 1, 0.05] })
    expect(html).toContain('西城&lt;b&gt; · 2025年')
    expect(html).toContain('5.0%')
    expect(html).toContain('全市：<b>4.0%</b>')
    expect(html).toContain('参训人数')
    const table = coverageTable('覆盖率', '区', input)
    expect(table.rows.at(-1)).toEqual({ name: '全市', 2024: 2.5, 2025: 4 })
    expect(table.columns[1]!.label).toBe('2024 (%)')
  })
})

describe('helpers', () => {
  it('mixes a colour towards white or black', () => {
    expect(mix('#0072B2', 0)).toBe('#0072b2')
    expect(mix('#0072B2', 1)).toBe('#ffffff')
    expect(mix('#0072B2', -1)).toBe('#000000')
  })
  it('gives small per-10k ticks significant digits', () => {
    const option = withFineAxes({ yAxis: [{ axisLabel: {} }, { axisLabel: {} }] }, 'zh') as any
    expect(option.yAxis[0].axisLabel.formatter(0.15)).toBe('0.15')
    expect(option.yAxis[1].axisLabel.formatter(350000)).toBe('35万')
  })
  it('tables series by year, rounding to two decimals', () => {
    const table = yearTable('t', '年份', [2024, 2025], [{ name: 'a', type: 'bar', unit: 'count', values: [1.234, null] }])
    expect(table.columns.map((c) => c.label)).toEqual(['年份', 'a'])
    expect(table.rows).toEqual([{ year: 2024, s0: 1.23 }, { year: 2025, s0: null }])
  })
})
