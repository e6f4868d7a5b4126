// HTTP client for the Shouwang API (docs/api.md). Plain fetch, same-origin cookies, CSRF echo.
export type * from './types'
import type { Permission, Me, EnumOption, EnumKind, Enums, Region, HouseholdRow, Page, Member, IncomeStatement, Household, MemberInput, IncomeInput, HistoryEntry, ImportKind, ImportStatus, JobId, ImportJob, User, UserInput, FieldError, CalendarDay, CalendarYear, CalendarDayInput, ClueQuery, ClueRow, ClueDetail, ClueCounts, ClueOptions, ClueDecisionInput, Department, FeedLayout, Feed, FeedOutcome, ApiKey } from './types'
import type { Visit, VisitInput, VisitOptions } from './types'
import type { ProfileSummary, ProfileDetail, ProfileInput, ProfileInForce, PolicyRule, RuleInput, RuleCheck, ViewSchema, ScreeningRun, ScreeningResult, ScreeningComparison, WhatIfInput, Explanation, RuleTrial, RuleSource } from './types'

export { ApiError, onUnauthorized, refreshCsrf, request } from './http'
import { query, refreshCsrf, request } from './http'

export interface HouseholdQuery {
  region?: string | null
  type?: string | null
  category?: string | null
  name?: string | null
  idNumber?: string | null
  page: number
  size: number
  sort?: string | null
}

export const api = {
  csrf: refreshCsrf,
  login: (username: string, password: string) =>
    request<Me>('POST', '/api/auth/login', { username, password }, { noAuthRedirect: true }),
  logout: () => request<void>('POST', '/api/auth/logout', undefined, { noAuthRedirect: true }),
  me: () => request<Me>('GET', '/api/auth/me', undefined, { noAuthRedirect: true }),
  enums: () => request<Enums>('GET', '/api/enums'),

  regionChildren: (parent?: string) => request<Region[]>('GET', `/api/regions/children${query({ parent })}`),

  households: (q: HouseholdQuery) => request<Page<HouseholdRow>>('GET', `/api/households${query({ ...q })}`),
  household: (id: number | string) => request<Household>('GET', `/api/households/${id}`),
  history: (id: number | string) => request<HistoryEntry[]>('GET', `/api/households/${id}/history`),
  addMember: (id: number, m: MemberInput) => request<Household>('POST', `/api/households/${id}/members`, m),
  updateMember: (id: number, memberId: number, m: MemberInput) =>
    request<Household>('PUT', `/api/households/${id}/members/${memberId}`, m),
  reveal: (id: number, memberId: number | null, field: 'idNumber' | 'phone') =>
    request<{ value: string }>(
      'POST',
      memberId === null ? `/api/households/${id}/reveal` : `/api/households/${id}/members/${memberId}/reveal`,
      { field },
    ),
  addIncome: (id: number, i: IncomeInput) => request<Household>('POST', `/api/households/${id}/incomes`, i),
  updateIncome: (id: number, incomeId: number, i: IncomeInput) =>
    request<Household>('PUT', `/api/households/${id}/incomes/${incomeId}`, i),

  imports: () => request<ImportJob[]>('GET', '/api/imports'),
  importJob: (id: JobId) => request<ImportJob>('GET', `/api/imports/${id}`),
  startImport: (file: File, kind: ImportKind) => {
    const form = new FormData()
    form.append('file', file)
    form.append('kind', kind)
    return request<ImportJob>('POST', '/api/imports', form)
  },

  users: () => request<User[]>('GET', '/api/users'),
  createUser: (u: UserInput) => request<User>('POST', '/api/users', u),
  updateUser: (id: number, u: UserInput) => request<User>('PUT', `/api/users/${id}`, u),

  calendar: (year: number) => request<CalendarYear>('GET', `/api/policy/calendar${query({ year })}`),
  putCalendarDay: (day: string, d: CalendarDayInput) =>
    request<CalendarDay>('PUT', `/api/policy/calendar/days/${encodeURIComponent(day)}`, d),
  deleteCalendarDay: (day: string) => request<void>('DELETE', `/api/policy/calendar/days/${encodeURIComponent(day)}`),

  clues: (q: ClueQuery) =>
    request<Page<ClueRow>>('GET', `/api/clues${query({ ...q, overdue: q.overdue ? 'true' : null })}`),
  clueCounts: (region?: string | null) => request<ClueCounts>('GET', `/api/clues/counts${query({ region })}`),
  clueOptions: () => request<ClueOptions>('GET', '/api/clues/options'),
  clue: (id: number | string) => request<ClueDetail>('GET', `/api/clues/${id}`),
  decideClue: (id: number, d: ClueDecisionInput) => request<ClueDetail>('POST', `/api/clues/${id}/decision`, d),
  visitOptions: () => request<VisitOptions>('GET', '/api/visits/options'),
  householdVisits: (id: number | string) => request<Visit[]>('GET', `/api/households/${id}/visits`),
  recordVisit: (id: number | string, v: VisitInput) => request<Visit>('POST', `/api/households/${id}/visits`, v),
  myVisits: (from: string, to: string) => request<Visit[]>('GET', `/api/visits/mine${query({ from, to })}`),

  profiles: () => request<ProfileSummary[]>('GET', '/api/policy/profiles'),
  profile: (id: number | string) => request<ProfileDetail>('GET', `/api/policy/profiles/${id}`),
  updateProfile: (id: number, p: ProfileInput) => request<void>('PUT', `/api/policy/profiles/${id}`, p),
  saveRule: (profileId: number, r: RuleInput) => request<PolicyRule>('POST', `/api/policy/profiles/${profileId}/rules`, r),
  publishRule: (profileId: number, code: string, version: number) =>
    request<void>('POST', `/api/policy/profiles/${profileId}/rules/${encodeURIComponent(code)}/publish`, { version }),
  checkRule: (r: RuleInput) => request<RuleCheck>('POST', '/api/policy/rules/check', r),
  inForce: (region: string, date: string | null) =>
    request<ProfileInForce>('GET', `/api/policy/in-force${query({ region, date })}`),
  viewSchema: () => request<ViewSchema>('GET', '/api/policy/view-schema'),

  startRun: (region: string, asOf: string | null) => request<ScreeningRun>('POST', '/api/screening/runs', { region, asOf }),
  startWhatIf: (w: WhatIfInput) => request<ScreeningRun>('POST', '/api/screening/what-if', w),
  runs: () => request<ScreeningRun[]>('GET', '/api/screening/runs'),
  run: (id: number) => request<ScreeningRun>('GET', `/api/screening/runs/${id}`),
  runResults: (id: number, q: { region?: string | null; rule?: string | null; page: number; size: number }) =>
    request<Page<ScreeningResult>>('GET', `/api/screening/runs/${id}/results${query({ ...q })}`),
  runComparison: (id: number) => request<ScreeningComparison[]>('GET', `/api/screening/runs/${id}/comparison`),
  explanation: (id: number | string, asOf?: string | null) =>
    request<Explanation>('GET', `/api/households/${id}/explanation${query({ asOf })}`),
  ruleTrial: (id: number | string, rule: RuleSource, asOf: string | null) =>
    request<RuleTrial>('POST', `/api/households/${id}/rule-trial`, { rule, asOf }),
}

export const templateUrl = (kind: ImportKind, ext: 'xlsx' | 'csv') => `/api/imports/templates/${kind}.${ext}`
export const runExportUrl = (runId: number) => `/api/screening/runs/${runId}/export`
export const errorReportUrl = (jobId: JobId) => `/api/imports/${jobId}/errors.xlsx`

// 农户自主申报 (public, no login) and the 一户一码 sheet.
import type { DeclarePlace, DeclarationInput, DeclarationReceipt, DeclarationProgress, QrSheet } from './types'

const noLogin = { noAuthRedirect: true }

export const declarationApi = {
  place: (code: string) => request<DeclarePlace>('GET', `/api/public/declare/${encodeURIComponent(code)}`, undefined, noLogin),
  types: () => request<EnumOption[]>('GET', '/api/public/declaration-types', undefined, noLogin),
  declare: (d: DeclarationInput) => request<DeclarationReceipt>('POST', '/api/public/declarations', d, noLogin),
  progress: (trackingCode: string) =>
    request<DeclarationProgress>('GET', `/api/public/declarations/${encodeURIComponent(trackingCode)}`, undefined, noLogin),
  qrSheet: (village: string) => request<QrSheet>('GET', `/api/declaration-codes/sheet?village=${encodeURIComponent(village)}`),
}

export const feedApi = {
  layouts: () => request<FeedLayout[]>('GET', '/api/feeds/layouts'),
  feeds: (department?: Department | null) => request<Feed[]>('GET', `/api/feeds${query({ department })}`),
  upload: (department: Department, file: File) => {
    const form = new FormData()
    form.append('file', file)
    return request<Feed>('POST', `/api/feeds/${department}/file`, form)
  },
  outcomes: (id: number) => request<FeedOutcome[]>('GET', `/api/feeds/${id}/outcomes`),
  apiKeys: () => request<ApiKey[]>('GET', '/api/api-keys'),
  createApiKey: (k: { name: string; department: Department; regionCode: string }) =>
    request<ApiKey>('POST', '/api/api-keys', k),
  revokeApiKey: (id: number) => request<ApiKey>('DELETE', `/api/api-keys/${id}`),
}
export const feedTemplateUrl = (d: Department, ext: 'xlsx' | 'csv') => `/api/feeds/templates/${d}.${ext}`
export const feedReportUrl = (id: number) => `/api/feeds/${id}/report.xlsx`

import type { HouseholdChange, VillageGrid, VillageGroup } from './types'

export const householdApi = {
  update: (id: number, c: HouseholdChange) => request<Household>('PUT', `/api/households/${id}`, c),
  groups: (village: string) => request<VillageGroup[]>('GET', `/api/regions/${village}/groups`),
  grids: (village: string) => request<VillageGrid[]>('GET', `/api/regions/${village}/grids`),
}

import type { CaseDeadlineCount, CaseDetail, CaseDocumentKind, CaseQuery, CaseStepCode, CaseSummary, CaseTownshipCount } from './types'

export const caseApi = {
  ofHousehold: (householdId: number) => request<CaseSummary[]>('GET', `/api/cases${query({ household: householdId })}`),
  list: (q: CaseQuery) =>
    request<CaseSummary[]>('GET', `/api/cases${query({ region: q.region, status: q.status || null, overdue: q.overdue ? 'true' : null,
      greenChannel: q.greenChannel ? 'true' : null })}`),
  deadlineCounts: (region?: string | null) => request<CaseDeadlineCount[]>('GET', `/api/cases/deadline-counts${query({ region })}`),
  /** The printable document's address, opened in a new tab (the session cookie goes along). */
  documentUrl: (id: number, kind: CaseDocumentKind) => `/api/cases/${id}/documents/${kind}`,
  counts: (region?: string | null) => request<CaseTownshipCount[]>('GET', `/api/cases/counts${query({ region })}`),
  get: (id: number | string) => request<CaseDetail>('GET', `/api/cases/${id}`),
  open: (householdId: number, comment?: string) => request<CaseDetail>('POST', '/api/cases', { householdId, comment }),
  step: (id: number, step: CaseStepCode, body: Record<string, unknown>) =>
    request<CaseDetail>('POST', `/api/cases/${id}/steps/${step}`, body),
}

import type { AssistanceOptions, ContactOverview, ContactPerson, ContactPersonInput, Measure, MeasureInput, Plan, PlanChecksReport, PlanOverview } from './types'

export const assistanceApi = {
  options: () => request<AssistanceOptions>('GET', '/api/assistance/options'),
  contacts: (householdId: number) => request<ContactOverview>('GET', `/api/households/${householdId}/contact-persons`),
  assign: (householdId: number, p: ContactPersonInput) =>
    request<ContactPerson>('POST', `/api/households/${householdId}/contact-persons`, p),
  end: (id: number, reason: string, endedOn?: string | null) =>
    request<ContactPerson>('POST', `/api/contact-persons/${id}/end`, { reason, endedOn }),
  plan: (householdId: number) => request<PlanOverview>('GET', `/api/households/${householdId}/plan`),
  start: (householdId: number) => request<Plan>('POST', `/api/households/${householdId}/plan`, {}),
  addMeasure: (householdId: number, m: MeasureInput) =>
    request<Measure>('POST', `/api/households/${householdId}/plan/measures`, m),
  changeMeasure: (id: number, m: MeasureInput) => request<Measure>('PUT', `/api/measures/${id}`, m),
  checks: (householdId: number) => request<PlanChecksReport>('GET', `/api/households/${householdId}/plan/checks`),
}

import type { Eligibility, EliminationDetail, EliminationRequest, EliminationStepCode, EliminationSummary, MonitoringHistory } from './types'

export const eliminationApi = {
  eligibility: (householdId: number, method?: string) =>
    request<Eligibility>('GET', `/api/households/${householdId}/eligibility${query({ method })}`),
  history: (householdId: number) => request<MonitoringHistory>('GET', `/api/households/${householdId}/monitoring-history`),
  list: (q: { region?: string | null; state?: string | null; household?: number | null }) =>
    request<EliminationSummary[]>('GET', `/api/eliminations${query({ region: q.region, state: q.state || null, household: q.household })}`),
  get: (id: number | string) => request<EliminationDetail>('GET', `/api/eliminations/${id}`),
  propose: (body: Record<string, unknown>) => request<EliminationDetail>('POST', '/api/eliminations', body),
  step: (id: number, step: EliminationStepCode, body: Record<string, unknown>) =>
    request<EliminationDetail>('POST', `/api/eliminations/${id}/steps/${step}`, body),
  requests: (q: { region?: string | null; state?: string | null; household?: number | null }) =>
    request<EliminationRequest[]>('GET', `/api/eliminations/requests${query({ region: q.region, state: q.state || null, household: q.household })}`),
  request: (body: Record<string, unknown>) => request<EliminationRequest>('POST', '/api/eliminations/requests', body),
  decide: (id: number, body: { version: number; approve: boolean; opinion: string }) =>
    request<EliminationRequest>('POST', `/api/eliminations/requests/${id}/decision`, body),
}

import type { DailyPlan, FollowKind, FollowStateFilter, FollowUpPage, IncomeRegistration, IncomeRegistrationInput } from './types'

export interface FollowUpQuery {
  region?: string | null
  kind?: FollowKind | null
  state?: FollowStateFilter | null
  page: number
  size: number
}

export const followUpApi = {
  mine: (q: FollowUpQuery) =>
    request<FollowUpPage>('GET', `/api/follow-ups/mine${query({ kind: q.kind, state: q.state, page: q.page, size: q.size })}`),
  list: (q: FollowUpQuery) =>
    request<FollowUpPage>('GET', `/api/follow-ups${query({ region: q.region, kind: q.kind, state: q.state, page: q.page, size: q.size })}`),
  plan: (date?: string | null) => request<DailyPlan>('GET', `/api/follow-ups/plan${query({ date })}`),
  incomes: (householdId: number) => request<IncomeRegistration[]>('GET', `/api/households/${householdId}/income-registrations`),
  register: (householdId: number, body: IncomeRegistrationInput) =>
    request<IncomeRegistration>('POST', `/api/households/${householdId}/income-registrations`, body),
}

import type { ComplianceReport, Worklist, WorklistSummary } from './types'

export const reportApi = {
  worklist: () => request<Worklist>('GET', '/api/worklist'),
  worklistSummary: () => request<WorklistSummary>('GET', '/api/worklist/summary'),
  compliance: (region: string | null, from: string | null, to: string | null) =>
    request<ComplianceReport>('GET', `/api/reports/deadline-compliance${query({ region, from, to })}`),
}

export * from './clients/problems'
export * from './clients/forms'
export * from './clients/campaigns'
export * from './clients/ledgers'
export * from './clients/dashboard'
export * from './clients/comparisons'
