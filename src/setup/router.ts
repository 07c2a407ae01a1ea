import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
declare module 'vue-router' {
  interface RouteMeta {
    /** No header or filter bar: the slide is the page (presenting, presenter window, print). */
    bare?: boolean
    /** A page that does not chart the panel: no global filter bar, no note on what the dataset lacks. */
    ownFilters?: boolean
  }
}

// The default view ships with the app: its code downloads beside the entry, not after it has run.
import OverviewView from '../views/OverviewView.vue'

/** The routes the navigation lists, in its order (the README's table of views). */
export const navRoutes = ['overview', 'districts', 'trends', 'workshops', 'innovation', 'training', 'rights', 'facts', 'data', 'present'] as const

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'overview', component: OverviewView },
  { path: '/workshops', name: 'workshops', component: () => import('../views/WorkshopsView.vue') },
  { path: '/innovation', name: 'innovation', component: () => import('../views/InnovationView.vue') },
  { path: '/training', name: 'training', component: () => import('../views/TrainingView.vue') },
  { path: '/rights', name: 'rights', component: () => import('../views/RightsView.vue') },
  { path: '/trends', name: 'trends', component: () => import('../views/TrendsView.vue') },
  { path: '/districts', name: 'districts', component: () => import('../views/DistrictsView.vue') },
  { path: '/districts/:code(\\d{6})', name: 'district', component: () => import('../views/DistrictView.vue'), props: true },
  { path: '/data', name: 'data', component: () => import('../views/DataView.vue'), meta: { ownFilters: true } },
  { path: '/facts', name: 'facts', component: () => import('../views/FactsView.vue'), meta: { ownFilters: true } },
  { path: '/present', name: 'present', component: () => import('../views/PresentView.vue'), meta: { ownFilters: true } },
  // A talk's windows and the print path are bare: no header, no filter bar, the slide is the page.
  { path: '/present/show', name: 'present-show', component: () => import('../views/PresentShowView.vue'), meta: { bare: true } },
  { path: '/present/presenter', name: 'present-presenter', component: () => import('../views/PresenterView.vue'), meta: { bare: true } },
  { path: '/present/print', name: 'present-print', component: () => import('../views/PresentPrintView.vue'), meta: { bare: true } },
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

/** Hash history, so the build runs from any static file server. */
export const router = createRouter({ history: createWebHashHistory(), routes })
