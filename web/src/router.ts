import { createRouter, createWebHashHistory } from 'vue-router'
import { onUnauthorized } from './api'
import { can, loadMe, session } from './store'

// Hash history: the server needs no SPA fallback, and no route can collide with /api, /actuator or /v3.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/login', name: 'login', component: () => import('./pages/LoginPage.vue'), meta: { public: true } },
    // 农户自主申报: public pages a household's QR code opens, outside the app's layout
    { path: '/declare/:code', name: 'declare', component: () => import('./pages/DeclarePage.vue'), meta: { public: true } },
    { path: '/declare-status', name: 'declare-status', component: () => import('./pages/DeclareStatusPage.vue'), meta: { public: true } },
    { path: '/qr-sheet', name: 'qr-sheet', component: () => import('./pages/QrSheetPage.vue') },
    {
      path: '/',
      component: () => import('./pages/AppLayout.vue'),
      children: [
        { path: '', redirect: { name: 'households' } },
        { path: 'households', name: 'households', component: () => import('./pages/HouseholdListPage.vue') },
        {
          path: 'households/:id(\\d+)',
          name: 'household',
          component: () => import('./pages/HouseholdPage.vue'),
          props: true,
        },
        {
          path: 'households/:id(\\d+)/visit',
          name: 'visit-record',
          component: () => import('./pages/VisitPage.vue'),
          props: true,
        },
        { path: 'visits', name: 'visits', component: () => import('./pages/MyVisitsPage.vue') },
        { path: 'follow-ups', name: 'follow-ups', component: () => import('./pages/FollowUpsPage.vue') },
        { path: 'imports', name: 'imports', component: () => import('./pages/ImportPage.vue') },
        { path: 'feeds', name: 'feeds', component: () => import('./pages/FeedsPage.vue'), meta: { permission: 'IMPORT' } },
        { path: 'calendar', name: 'calendar', component: () => import('./pages/CalendarPage.vue') },
        { path: 'clues', name: 'clues', component: () => import('./pages/ClueListPage.vue') },
        { path: 'clues/:id(\\d+)', name: 'clue', component: () => import('./pages/ClueDetailPage.vue'), props: true },
        { path: 'cases', name: 'cases', component: () => import('./pages/CaseListPage.vue') },
        { path: 'cases/:id(\\d+)', name: 'case', component: () => import('./pages/CaseDetailPage.vue'), props: true },
        { path: 'eliminations', name: 'eliminations', component: () => import('./pages/EliminationListPage.vue') },
        { path: 'eliminations/:id(\\d+)', name: 'elimination', component: () => import('./pages/EliminationDetailPage.vue'), props: true },
        { path: 'forms', name: 'forms', component: () => import('./pages/FormListPage.vue') },
        { path: 'forms/review/:campaignId(\\d+)', name: 'form-review', component: () => import('./pages/FormReviewPage.vue'), props: true },
        { path: 'forms/:campaignId(\\d+)/:householdId(\\d+)', name: 'form', component: () => import('./pages/FormPage.vue'), props: true },
        { path: 'worklist', name: 'worklist', component: () => import('./pages/WorklistPage.vue') },
        { path: 'problems', name: 'problems', component: () => import('./pages/ProblemLedgerPage.vue') },
        { path: 'reports/deadlines', name: 'deadlines', component: () => import('./pages/DeadlineCompliancePage.vue') },
        { path: 'campaigns', name: 'campaigns', component: () => import('./pages/CampaignListPage.vue') },
        { path: 'campaigns/:id(\\d+)', name: 'campaign', component: () => import('./pages/CampaignPage.vue'), props: true },
        { path: 'ledgers', name: 'ledgers', component: () => import('./pages/LedgersPage.vue') },
        { path: 'dashboard', name: 'dashboard', component: () => import('./pages/DashboardPage.vue') },
        { path: 'policy', name: 'policy', component: () => import('./pages/PolicyPage.vue') },
        {
          path: 'policy/:id(\\d+)',
          name: 'profile',
          component: () => import('./pages/ProfilePage.vue'),
          props: true,
        },
        {
          path: 'screening',
          name: 'screening',
          component: () => import('./pages/ScreeningPage.vue'),
          meta: { permission: 'SCREENING_RUN' },
        },
        {
          path: 'users',
          name: 'users',
          component: () => import('./pages/UsersPage.vue'),
          meta: { permission: 'USER_ADMIN' },
        },
      ],
    },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
})

router.beforeEach(async (to) => {
  if (to.meta.public) return true
  if (!session.me && !(await loadMe())) {
    return { name: 'login', query: to.fullPath && to.fullPath !== '/' ? { redirect: to.fullPath } : {} }
  }
  const permission = to.meta.permission as string | undefined
  if (permission && !can(permission)) return { name: 'households' }
  return true
})

onUnauthorized(() => {
  session.me = null
  const current = router.currentRoute.value
  if (current.name !== 'login') {
    router.push({ name: 'login', query: { redirect: current.fullPath } })
  }
})
