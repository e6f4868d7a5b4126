// ECharts, loaded on first use (echartsSetup.ts picks the parts), so the app's first page does not carry the library.
import type { EChartsType } from 'echarts/core'

type Echarts = typeof import('echarts/core')

let loaded: Promise<Echarts> | null = null

export function loadEcharts(): Promise<Echarts> {
  if (!loaded) {
    loaded = import('./echartsSetup').then((m) => m.default)
  }
  return loaded
}

export type { EChartsType }
