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

// 问题台账 (problem ledger)
export type ProblemStatus = 'OPEN' | 'RECTIFYING' | 'SUBMITTED' | 'CLOSED'
export type ProblemAction = 'RECORD' | 'START' | 'REPORT' | 'CLOSE' | 'RETURN'

export interface ProblemOptions {
  sources: EnumOption[]
  categories: EnumOption[]
  statuses: EnumOption[]
  canRecord: boolean
}

export interface ProblemQuery {
  region?: string | null
  source?: string | null
  category?: string | null
  status?: string | null
  overdue?: boolean | null
  campaign?: number | null
  page: number
  size: number
}

export interface ProblemRow {
  id: number
  campaignId: number | null
  campaignName: string | null
  source: string
  sourceLabel: string
  category: string
  categoryLabel: string
  description: string
  regionCode: string
  townshipName: string | null
  villageName: string | null
  householdId: number | null
  householdNo: string | null
  headName: string | null
  responsibleUnit: string
  responsiblePerson: string | null
  deadline: string
  overdue: boolean
  status: ProblemStatus
  statusLabel: string
  foundOn: string
  closedOn: string | null
}

export interface ProblemEvent {
  action: ProblemAction
  actionLabel: string
  actor: string
  role: string
  at: string
  comment: string | null
  before: ProblemStatus | null
  after: ProblemStatus
  changes: Record<string, unknown>
}

export interface ProblemDetail extends Omit<ProblemRow, 'townshipName' | 'villageName'> {
  regionName: string
  responsibleUsername: string | null
  measures: string | null
  evidence: string | null
  attachments: string[]
  recordedBy: string
  recordedAt: string
  version: number
  actions: ProblemAction[]
  events: ProblemEvent[]
}

export interface ProblemDraft {
  source: string
  category: string
  description: string
  regionCode: string | null
  householdId: number | null
  campaignId: number | null
  responsibleUnit: string
  responsiblePerson: string | null
  responsibleUsername: string | null
  deadline: string
  foundOn: string | null
}

export interface ProblemTownshipCount {
  regionCode: string
  name: string
  total: number
  open: number
  overdue: number
  submitted: number
  closed: number
}
// 排查表 (campaign screening forms, docs/api.md)
export interface FormAssigned { campaignId: number; campaignName: string; householdId: number; householdNo: string; headName: string | null; regionCode: string; villageName: string | null; householdType: string; monitoringStatus: string; status: 'PENDING' | 'SCREENED'; flagged: boolean; errorCount: number; screenedOn: string | null }
export interface FormMemberAnswer { memberId: number; version: number; labourCapacity: string | null; workPlace: string | null; workMonths: number | null }
export interface FormIncomeAnswer { wageIncome: number | null; businessIncome: number | null; propertyIncome: number | null; transferIncome: number | null; productionExpense: number | null; compliantSelfPaid: number | null }
export interface FormLookBack { incomeStable?: boolean; guaranteesSecure?: boolean; newRisk?: boolean; note: string; proposeRollback: boolean }
export interface FormInput { version: number | null; visitMode: 'IN_PERSON' | 'PHONE'; members: FormMemberAnswer[]; income: FormIncomeAnswer | null; guaranteeGaps: string[]; risks: string[]; difficulties: string; declared: boolean; departmentWarned: boolean; incomeFall: boolean; lookBack: FormLookBack | null; override: { flagged: boolean; reason: string } | null }
export interface FormEvaluation { computedFlag: boolean; reasons: { code: string; name: string; detail: string }[]; flagged: boolean; overrideReason: string | null; checks: { code: string; message: string }[]; blocked: string | null; clueId: number | null; rollbackProposed: boolean }
export interface FormView {
  campaign: { id: number; name: string; year: number; state: string; windowFrom: string; windowTo: string }
  household: { id: number; householdNo: string; regionPath: string; headName: string | null; address: string | null; phoneMasked: string | null; typeLabel: string; categoryLabel: string | null; statusLabel: string; eliminated: boolean }
  members: { id: number; name: string; idNumberMasked: string; age: number; relationLabel: string; healthLabels: string[]; schoolStageLabel: string | null; labourCapacityLabel: string | null }[]
  income: { statementId: number | null; periodStart: string; periodEnd: string; netIncome: number | null; perCapitaIncome: number | null; threshold: number | null; registeredNet: number; registeredPeriods: number }
  lastVisit: { date: string; modeLabel: string; guaranteeGapLabels: string[]; riskLabels: string[]; incomeChangeLabel: string } | null
  contactPersons: { name: string; kindLabel: string; unit: string | null; phoneMasked: string | null }[]
  channels: string[]
  answers: FormInput
  evaluation: FormEvaluation
  submitted: { version: number; screener: string; at: string } | null
}
export interface FormFailing { householdId: number; householdNo: string; headName: string | null; regionCode: string; villageName: string | null; errorCount: number; checks: { code: string; message: string }[]; screener: string }
export interface FormRollback { householdId: number; householdNo: string; headName: string | null; regionCode: string; villageName: string | null; note: string | null; screener: string; screenedOn: string | null }
export type * from './model/campaign'
// 标准台账 (issue 5 point 7)
export type LedgerKind = 'monitored' | 'alleviated' | 'measures' | 'visits' | 'eliminations' | 'problems'

export interface LedgerInfo {
  kind: LedgerKind
  title: string
  /** which day the period filters; null for a current list */
  periodBasis: string | null
  available: boolean
  unavailableReason: string | null
  columns: string[]
  /** has ID or phone numbers, masked unless revealed */
  masked: boolean
}

export interface LedgerPage {
  kind: LedgerKind
  title: string
  regionCode: string
  regionName: string
  from: string | null
  to: string | null
  periodBasis: string | null
  revealed: boolean
  columns: string[]
  rows: (string | number | null)[][]
  total: number
  page: number
  size: number
}
export type * from './model/dashboard'
/** 信息比对结果导入: the answer to one upload (POST /api/cases/comparisons). */
export type ComparisonResult = 'APPLIED' | 'UNCHANGED' | 'REFUSED'
export interface ComparisonItem {
  row: number
  idNumberMasked: string | null
  householdNo: string | null
  caseId: number | null
  result: ComparisonResult
  resultLabel: string
  code: string | null
  message: string
}
export interface ComparisonImport {
  rows: number
  applied: number
  unchanged: number
  refused: number
  items: ComparisonItem[]
  reportId: string | null
}
