import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'

/** Every route of DESIGN §4; views not built yet show the "coming" placeholder. */
export const navRoutes = ['overview', 'districts', 'trends', 'workshops', 'innovation', 'training', 'rights', 'facts', 'data', 'present'] as const

const coming = () => import('../views/ComingView.vue')

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'overview', component: () => import('../views/OverviewView.vue') },
  ...navRoutes.slice(1).map((name) => ({ path: `/${name}`, name, component: coming })),
  { path: '/districts/:code(\\d{6})', name: 'district', component: coming },
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

/** Hash history, so the build runs from any static file server. */
export const router = createRouter({ history: createWebHashHistory(), routes })
