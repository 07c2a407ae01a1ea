/** System CJK fonts only: nothing is downloaded, and layouts hold with any of them. No ECharts here: the shell imports it. */
export const fontFamily = '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif'
