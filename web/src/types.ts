// The shapes of the HTTP API (docs/api.md), shared by the client and the pages.

export type Permission = 'HOUSEHOLD_EDIT' | 'IMPORT' | 'REVEAL_SENSITIVE' | 'USER_ADMIN' | 'CALENDAR_EDIT'

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
  | 'department'

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
  povertyExitYear: number | null
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

export type DayKind = 'HOLIDAY' | 'WORKDAY'

/** A listed day of the working calendar; scope COUNTY for the county's own adjustment. */
export interface CalendarDay {
  day: string
  kind: DayKind
  kindLabel: string
  name: string
  source: string
  scope: 'NATIONAL' | 'COUNTY'
}

export interface CalendarYear {
  year: number
  /** Whether the State Council's notice for the year is loaded. */
  covered: boolean
  /** Whether the caller may add and remove the county's days. */
  editable: boolean
  regionCode: string
  days: CalendarDay[]
}

export interface CalendarDayInput {
  kind: DayKind | ''
  name: string
  source: string
}

/** PUT /api/households/{id}: the household's own fields; a null phone keeps the stored one. */
export interface HouseholdChange {
  address: string | null
  phone: string | null
  householdType: string | null
  povertyExitYear: number | null
  groupId: number | null
  gridId: number | null
  relocated: boolean
  relocationSite: string | null
  version: number
}

export interface VillageGroup {
  id: number
  name: string
}

export interface VillageGrid {
  id: number
  name: string
  workerName: string | null
}

// The types of each later area live in model/; importing from here still finds them all.
export type * from './model/discovery'
export type * from './model/policy'
export type * from './model/screening'
export type * from './model/cases'
export type * from './model/assistance'
export type * from './model/elimination'
export type * from './model/followups'
export type * from './model/reporting'

export type * from './model/problems'
export type * from './model/forms'
export type * from './model/campaign'
export type * from './model/ledgers'
export type * from './model/dashboard'
export type * from './model/comparison'
