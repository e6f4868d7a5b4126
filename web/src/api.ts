// HTTP client for the Shouwang API (docs/api.md). Plain fetch, same-origin cookies, CSRF echo.

export type Permission = 'HOUSEHOLD_EDIT' | 'IMPORT' | 'REVEAL_SENSITIVE' | 'USER_ADMIN'

export interface Me {
  username: string
  displayName: string
  role: string
  roleLabel: string
  regionCode: string
  regionName: string
  permissions: string[]
}

export interface EnumOption {
  code: string
  label: string
}

export type EnumKind =
  | 'relation'
  | 'education'
  | 'schoolStage'
  | 'health'
  | 'disabilityCategory'
  | 'labourCapacity'
  | 'medicalInsurance'
  | 'pensionInsurance'
  | 'householdType'
  | 'monitoringCategory'
  | 'monitoringStatus'
  | 'sex'
  | 'role'

export type Enums = Record<EnumKind, EnumOption[]>

export interface Region {
  code: string
  name: string
  level: number
  levelLabel: string
  leaf: boolean
}

export interface HouseholdRow {
  id: number
  householdNo: string
  headName: string | null
  headIdNumberMasked: string | null
  regionCode: string
  regionName: string
  townshipName: string | null
  memberCount: number
  householdType: string | null
  householdTypeLabel: string | null
  monitoringCategory: string | null
  monitoringCategoryLabel: string | null
  perCapitaIncome: number | null
}

export interface Page<T> {
  items: T[]
  total: number
  totalExact?: boolean
  page: number
  size: number
}

export interface Member {
  id: number
  name: string
  idNumberMasked: string | null
  sex: string | null
  sexLabel: string | null
  birthDate: string | null
  age: number | null
  ethnicity: string | null
  relation: string | null
  relationLabel: string | null
  education: string | null
  educationLabel: string | null
  schoolStage: string | null
  schoolStageLabel: string | null
  health: string[] | null
  healthLabels: string[] | null
  disabilityCategory: string | null
  disabilityCategoryLabel: string | null
  disabilityGrade: number | null
  labourCapacity: string | null
  labourCapacityLabel: string | null
  workPlace: string | null
  workMonths: number | null
  medicalInsurance: string | null
  medicalInsuranceLabel: string | null
  pensionInsurance: string | null
  pensionInsuranceLabel: string | null
  dibao: boolean | null
  tekun: boolean | null
  relocated: boolean | null
  phoneMasked: string | null
  version: number
}

export interface IncomeStatement {
  id: number
  periodStart: string
  periodEnd: string
  wageIncome: number | null
  businessIncome: number | null
  propertyIncome: number | null
  transferIncome: number | null
  productionExpense: number | null
  compliantSelfPaid: number | null
  netIncome: number | null
  perCapitaIncome: number | null
  memberCountUsed: number | null
  version: number
}

export interface Household {
  id: number
  householdNo: string
  regionCode: string
  regionPath: string
  groupId: number | null
  groupName: string | null
  gridId: number | null
  gridName: string | null
  address: string | null
  phoneMasked: string | null
  householdType: string | null
  householdTypeLabel: string | null
  monitoringCategory: string | null
  monitoringCategoryLabel: string | null
  monitoringStatus: string | null
  monitoringStatusLabel: string | null
  relocated: boolean | null
  relocationSite: string | null
  version: number
  members: Member[]
  incomes: IncomeStatement[]
}

export interface MemberInput {
  name: string
  idNumber: string | null
  relation: string | null
  ethnicity: string | null
  education: string | null
  schoolStage: string | null
  health: string[]
  disabilityCategory: string | null
  disabilityGrade: number | null
  labourCapacity: string | null
  workPlace: string | null
  workMonths: number | null
  medicalInsurance: string | null
  pensionInsurance: string | null
  dibao: boolean
  tekun: boolean
  relocated: boolean
  phone: string | null
  version?: number
}

export interface IncomeInput {
  periodStart: string | null
  periodEnd: string | null
  wageIncome: number | null
  businessIncome: number | null
  propertyIncome: number | null
  transferIncome: number | null
  productionExpense: number | null
  compliantSelfPaid: number | null
  version?: number
}

export interface HistoryEntry {
  at: string
  actor: string
  entity: string
  entityLabel: string
  field: string
  fieldLabel: string
  before: string | null
  after: string | null
}

export type ImportKind = 'households' | 'incomes'
export type ImportStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED'

/** Import job ids are UUID strings (numbers would work the same way). */
export type JobId = string | number

export interface ImportJob {
  id: JobId
  kind: string
  kindLabel: string
  fileName: string
  status: ImportStatus
  statusLabel: string
  totalRows: number | null
  processedRows: number | null
  storedRows: number | null
  unchangedRows: number | null
  errorRows: number | null
  message: string | null
  createdAt: string
  finishedAt: string | null
}

export interface User {
  id: number
  username: string
  displayName: string
  role: string
  roleLabel: string
  regionCode: string
  regionName: string
  enabled: boolean
  locked: boolean
}

export interface UserInput {
  username?: string
  displayName: string
  role: string
  regionCode: string
  password?: string | null
  enabled?: boolean
}

export interface FieldError {
  field: string
  code: string
  message: string
}

/** An RFC 9457 problem answer (or a network failure, status 0). */
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
}

export const templateUrl = (kind: ImportKind, ext: 'xlsx' | 'csv') => `/api/imports/templates/${kind}.${ext}`
export const errorReportUrl = (jobId: JobId) => `/api/imports/${jobId}/errors.xlsx`
