import { defineAsyncComponent } from 'vue'
import { afterStartup } from '../composables/useStartup'

/**
 * The report button, loaded after start-up with its strings: the first view's code does not grow by it, and
 * its chunk never competes with the first paint.
 */
export default defineAsyncComponent(() => afterStartup().then(() => import('./ReportButton.vue')))
