import { use } from 'echarts/core'
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers'
import { HeatmapChart } from 'echarts/charts'
import { VisualMapComponent } from 'echarts/components'
import { LineChart, BarChart } from 'echarts/charts'
import { GridComponent, TooltipComponent, LegendComponent, MarkLineComponent } from 'echarts/components'
import { MapChart, ScatterChart, CustomChart } from 'echarts/charts'
import { GeoComponent, MarkAreaComponent, TitleComponent } from 'echarts/components'
import { LabelLayout } from 'echarts/features'

// Only what the charts use, so the bundle carries no unused chart types.
use([CanvasRenderer, LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent])
// The training coverage heatmap (districts × years) and its colour scale.
use([HeatmapChart, VisualMapComponent])
// Districts views: geographic and tile maps, scatter, zone bands, small-multiple titles, map callouts.
use([MapChart, ScatterChart, CustomChart, GeoComponent, MarkAreaComponent, TitleComponent, LabelLayout])
// Slides export as SVG through a short-lived SVG instance.
use([SVGRenderer])
