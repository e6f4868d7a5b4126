// ECharts, loaded on first use and only the parts the dashboards draw (bars on a grid), so the app's first page
// does not carry the chart library.
import type { EChartsType } from 'echarts/core'

let loaded: Promise<typeof import('echarts/core')> | null = null

export function loadEcharts(): Promise<typeof import('echarts/core')> {
  if (!loaded) {
    loaded = Promise.all([
      import('echarts/core'),
      import('echarts/charts'),
      import('echarts/components'),
      import('echarts/renderers'),
    ]).then(([core, charts, components, renderers]) => {
      core.use([
        charts.BarChart,
        components.GridComponent,
        components.TooltipComponent,
        components.LegendComponent,
        components.TitleComponent,
        renderers.CanvasRenderer,
      ])
      return core
    })
  }
  return loaded
}

export type { EChartsType }
