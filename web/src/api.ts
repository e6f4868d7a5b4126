// HTTP client for the Shouwang API (docs/api.md). Plain fetch, same-origin cookies, CSRF echo.
export type * from './types'
import type { Permission, Me, EnumOption, EnumKind, Enums, Region, HouseholdRow, Page, Member, IncomeStatement, Household, MemberInput, IncomeInput, HistoryEntry, ImportKind, ImportStatus, JobId, ImportJob, User, UserInput, FieldError, CalendarDay, CalendarYear, CalendarDayInput, ClueQuery, ClueRow, ClueDetail, ClueCounts, ClueOptions, ClueDecisionInput, Department, FeedLayout, Feed, FeedOutcome, ApiKey } from './types'
import type { Visit, VisitInput, VisitOptions } from './types'
import type { ProfileSummary, ProfileDetail, ProfileInput, ProfileInForce, PolicyRule, RuleInput, RuleCheck, ViewSchema, ScreeningRun, ScreeningResult, ScreeningComparison, WhatIfInput, Explanation, RuleTrial, RuleSource } from './types'

export class ApiError extends Error {
  constructor(
    public status: number,
    public code: string | undefined,
    public title: string | undefined,
    public detail: string | undefined,
    public errors: FieldError[],
  ) {
    super(detail || title || `请求失败（${status}）`)
  }
}

let unauthorizedHandler: (() => void) | null = null

/** Called on any 401 (except the login request itself). */
export function onUnauthorized(handler: () => void) {
  unauthorizedHandler = handler
}

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [k, ...v] = part.trim().split('=')
    if (k === name) return decodeURIComponent(v.join('='))
  }
  return null
}

let csrfFallback: string | null = null
let csrfLoaded = false

/** GET /api/auth/csrf: makes the server (re)issue the XSRF-TOKEN cookie. */
export async function refreshCsrf(): Promise<void> {
  const res = await fetch('/api/auth/csrf', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
  if (res.ok) {
    try {
      const body = (await res.json()) as { token?: string }
      csrfFallback = body.token ?? null
    } catch {
      csrfFallback = null
    }
    csrfLoaded = true
  }
}

async function csrfToken(): Promise<string | null> {
  if (!csrfLoaded && !readCookie('XSRF-TOKEN')) await refreshCsrf()
  // Always re-read the cookie: the server may rotate it (e.g. after login).
  return readCookie('XSRF-TOKEN') ?? csrfFallback
}

interface RequestOptions {
  /** Do not redirect to the login page on 401 (login form handles it). */
  noAuthRedirect?: boolean
}

async function toError(res: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {}
  try {
    const text = await res.text()
    body = text ? JSON.parse(text) : {}
  } catch {
    body = {}
  }
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined)
  let detail = str(body.detail)
  if (!detail && !str(body.title)) {
    if (res.status === 413) detail = '文件过大'
    else if (res.status === 403) detail = '没有权限执行此操作'
    else if (res.status === 404) detail = '记录不存在或不在您的管辖范围内'
    else if (res.status >= 500) detail = '服务器错误，请稍后再试'
  }
  const errors = Array.isArray(body.errors) ? (body.errors as FieldError[]) : []
  return new ApiError(res.status, str(body.code), str(body.title), detail, errors)
}

async function send(method: string, url: string, body: unknown, opts: RequestOptions, retried = false): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  let payload: BodyInit | undefined
  if (body instanceof FormData) {
    payload = body
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json'
    payload = JSON.stringify(body)
  }
  if (method !== 'GET' && method !== 'HEAD') {
    const token = await csrfToken()
    if (token) headers['X-XSRF-TOKEN'] = token
  }
  let res: Response
  try {
    res = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' })
  } catch {
    throw new ApiError(0, 'NETWORK', undefined, '无法连接服务器，请检查网络', [])
  }
  // A missing or stale CSRF token answers 403 (the server does not tell it apart from other denials):
  // fetch a fresh token and try once more. A rejected request had no effect, so repeating it is safe.
  if (res.status === 403 && method !== 'GET' && !retried) {
    await refreshCsrf()
    return send(method, url, body, opts, true)
  }
  if (res.status === 401 && !opts.noAuthRedirect && unauthorizedHandler) unauthorizedHandler()
  return res
}

export async function request<T>(method: string, url: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
  const res = await send(method, url, body, opts)
  if (!res.ok) throw await toError(res)
  if (res.status === 204) return undefined as T
  const text = await res.text()
  return (text ? JSON.parse(text) : undefined) as T
}

function query(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') q.set(k, String(v))
  }
  const s = q.toString()
  return s ? `?${s}` : ''
}

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

import type { ProblemDetail, ProblemDraft, ProblemOptions, ProblemQuery, ProblemRow, ProblemTownshipCount } from './types'

function problemFilters(q: Omit<ProblemQuery, 'page' | 'size'>) {
  return { region: q.region, source: q.source, category: q.category, status: q.status, overdue: q.overdue ? 'true' : null, campaign: q.campaign }
}

export const problemApi = {
  options: () => request<ProblemOptions>('GET', '/api/problems/options'),
  list: (q: ProblemQuery) => request<Page<ProblemRow>>('GET', `/api/problems${query({ ...problemFilters(q), page: q.page, size: q.size })}`),
  counts: (q: Omit<ProblemQuery, 'page' | 'size'>) =>
    request<ProblemTownshipCount[]>('GET', `/api/problems/counts${query({ region: q.region, source: q.source, category: q.category, campaign: q.campaign })}`),
  exportUrl: (q: Omit<ProblemQuery, 'page' | 'size'>) => `/api/problems/export.xlsx${query(problemFilters(q))}`,
  get: (id: number | string) => request<ProblemDetail>('GET', `/api/problems/${id}`),
  record: (d: ProblemDraft) => request<ProblemDetail>('POST', '/api/problems', d),
  act: (id: number, body: { action: string; version: number; comment?: string | null; measures?: string; evidence?: string; attachments?: string[] }) =>
    request<ProblemDetail>('POST', `/api/problems/${id}/transitions`, body),
}

import type { FormAssigned, FormView, FormInput, FormEvaluation, FormFailing, FormRollback } from './types'

/** 排查表 (docs/api.md, campaign module). */
export const formsApi = {
  mine: (status?: string) => request<FormAssigned[]>('GET', `/api/campaigns/mine${status ? `?status=${status}` : ''}`),
  open: (c: number | string, h: number | string) => request<FormView>('GET', `/api/campaigns/${c}/households/${h}/form`),
  preview: (c: number | string, h: number | string, body: FormInput) =>
    request<FormEvaluation>('POST', `/api/campaigns/${c}/households/${h}/form/preview`, body),
  submit: (c: number | string, h: number | string, body: FormInput) =>
    request<FormView>('PUT', `/api/campaigns/${c}/households/${h}/form`, body),
  checks: (c: number | string, region?: string) =>
    request<FormFailing[]>('GET', `/api/campaigns/${c}/checks${region ? `?region=${region}` : ''}`),
  rollbacks: (c: number | string, region?: string) =>
    request<FormRollback[]>('GET', `/api/campaigns/${c}/rollback-proposals${region ? `?region=${region}` : ''}`),
}
import type { Campaign, CampaignInput, CampaignPolicy, CampaignProgress, CampaignHouseholdPage, CampaignAssignments, CampaignSummary } from './types'

export const campaignApi = {
  list: () => request<Campaign[]>('GET', '/api/campaigns'),
  get: (id: number) => request<Campaign>('GET', `/api/campaigns/${id}`),
  create: (body: CampaignInput) => request<Campaign>('POST', '/api/campaigns', body),
  update: (id: number, body: CampaignInput) => request<Campaign>('PUT', `/api/campaigns/${id}`, body),
  start: (id: number, version: number) => request<Campaign>('POST', `/api/campaigns/${id}/start`, { version }),
  close: (id: number, version: number) => request<Campaign>('POST', `/api/campaigns/${id}/close`, { version }),
  policy: (id: number) => request<CampaignPolicy>('GET', `/api/campaigns/${id}/policy`),
  progress: (id: number, region: string | null) =>
    request<CampaignProgress>('GET', `/api/campaigns/${id}/progress${query({ region })}`),
  households: (id: number, q: { status?: string | null; region?: string | null; screener?: string | null; page: number; size: number }) =>
    request<CampaignHouseholdPage>('GET', `/api/campaigns/${id}/households${query(q)}`),
  assignments: (id: number) => request<CampaignAssignments>('GET', `/api/campaigns/${id}/assignments`),
  assign: (id: number, regionCode: string, username: string) =>
    request<CampaignAssignments>('POST', `/api/campaigns/${id}/assignments`, { regionCode, username }),
  reassignHousehold: (id: number, householdId: number, username: string) =>
    request<unknown>('PUT', `/api/campaigns/${id}/households/${householdId}/screener`, { username }),
  reassignVillage: (id: number, regionCode: string, fromUsername: string | null, toUsername: string) =>
    request<{ moved: number }>('POST', `/api/campaigns/${id}/screeners/reassign`, { regionCode, fromUsername, toUsername }),
  summary: (id: number) => request<CampaignSummary>('GET', `/api/campaigns/${id}/summary`),
}
export const unscreenedExportUrl = (id: number, region: string | null) =>
  `/api/campaigns/${id}/unscreened.xlsx${query({ region })}`
export const summaryXlsxUrl = (id: number) => `/api/campaigns/${id}/summary.xlsx`
export const summaryPrintUrl = (id: number) => `/api/campaigns/${id}/summary/print`
// 标准台账: catalogue, paged preview and the .xlsx export (a plain link, so the browser streams it to disk)
import type { LedgerInfo, LedgerKind, LedgerPage } from './types'

export interface LedgerQuery {
  region?: string | null
  from?: string | null
  to?: string | null
  reveal?: boolean
}

function ledgerParams(q: LedgerQuery) {
  return { region: q.region, from: q.from, to: q.to, reveal: q.reveal ? 'true' : null }
}

export const ledgerApi = {
  catalogue: () => request<LedgerInfo[]>('GET', '/api/ledgers'),
  page: (kind: LedgerKind, q: LedgerQuery, page: number, size: number) =>
    request<LedgerPage>('GET', `/api/ledgers/${kind}${query({ ...ledgerParams(q), page, size })}`),
}

export const ledgerExportUrl = (kind: LedgerKind, q: LedgerQuery) => `/api/ledgers/${kind}.xlsx${query(ledgerParams(q))}`

import type { DashboardCompliance, DashboardView, RiskClusterReport } from './types'

export const dashboardApi = {
  view: (region: string | null, from: string | null, to: string | null) =>
    request<DashboardView>('GET', `/api/dashboard${query({ region, from, to })}`),
  compliance: (region: string | null, from: string | null, to: string | null) =>
    request<DashboardCompliance>('GET', `/api/dashboard/compliance${query({ region, from, to })}`),
  clusters: (region: string | null, days: number | null, min: number | null) =>
    request<RiskClusterReport>('GET', `/api/dashboard/risk-clusters${query({ region, days, min })}`),
}

import type { ComparisonImport } from './types'

export const comparisonApi = {
  upload: (file: File) => {
    const form = new FormData()
    form.append('file', file)
    return request<ComparisonImport>('POST', '/api/cases/comparisons', form)
  },
  templateUrl: (ext: 'xlsx' | 'csv') => `/api/cases/comparisons/template.${ext}`,
  reportUrl: (reportId: string) => `/api/cases/comparisons/${encodeURIComponent(reportId)}/errors.xlsx`,
}
