import { defineAsyncComponent, h } from 'vue'
import { afterStartup } from '../composables/useStartup'

/** The button's box, so the page does not move when the button arrives (the same height and margins as its row). */
const SLOT_STYLE = 'min-height: 28px; margin: -4px 0 12px;'

/**
 * The report button, loaded after start-up with its strings: the first view's code does not grow by it, and
 * its chunk never competes with the first paint. Until it is here, an empty box of its size holds its place.
 */
export default defineAsyncComponent({
  loader: () => afterStartup().then(() => import('./ReportButton.vue')),
  loadingComponent: { render: () => h('div', { style: SLOT_STYLE, 'aria-hidden': 'true' }) },
  delay: 0,
})
