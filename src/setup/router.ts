import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'

/** Every route of DESIGN §4; views not built yet show the "coming" placeholder. */
export const navRoutes = ['overview', 'districts', 'trends', 'workshops', 'innovation', 'training', 'rights', 'facts', 'data', 'present'] as const

const coming = () => import('../views/ComingView.vue')

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'overview', component: () => import('../views/OverviewView.vue') },
  { path: '/workshops', name: 'workshops', component: () => import('../views/WorkshopsView.vue') },
  { path: '/innovation', name: 'innovation', component: () => import('../views/InnovationView.vue') },
  { path: '/training', name: 'training', component: () => import('../views/TrainingView.vue') },
  { path: '/rights', name: 'rights', component: () => import('../views/RightsView.vue') },
  { path: '/trends', name: 'trends', component: () => import('../views/TrendsView.vue') },
  { path: '/districts', name: 'districts', component: () => import('../views/DistrictsView.vue') },
  { path: '/districts/:code(\\d{6})', name: 'district', component: () => import('../views/DistrictView.vue'), props: true },
  { path: '/data', name: 'data', component: () => import('../views/DataView.vue') },
  { path: '/facts', name: 'facts', component: () => import('../views/FactsView.vue') },
  ...(['present'] as const).map((name) => ({ path: `/${name}`, name, component: coming })),
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

/** Hash history, so the build runs from any static file server. */
export const router = createRouter({ history: createWebHashHistory(), routes })
