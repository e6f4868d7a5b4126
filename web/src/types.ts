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

// ---- Clue inbox (风险线索), docs/api.md "Clues"

export type ClueStatus = 'OPEN' | 'DECIDED'
export type ClueOutcome = 'START_IDENTIFICATION' | 'NOT_INCLUDED' | 'ALREADY_MONITORED'

export interface ClueRow {
  id: number
  householdId: number | null
  householdNo: string | null
  headName: string | null
  headIdNumberMasked: string | null
  regionCode: string
  villageName: string
  townshipName: string | null
  channels: EnumOption[]
  signalCount: number
  openedOn: string
  dueOn: string | null
  status: ClueStatus
  statusLabel: string
  overdue: boolean
  dueSoon: boolean
  /** Working days to the due date; negative when overdue; null once decided. */
  workingDaysLeft: number | null
  alreadyMonitored: boolean
  outcome: ClueOutcome | null
  outcomeLabel: string | null
  decidedAt: string | null
}

export interface ClueSignal {
  id: number
  channel: string
  channelLabel: string
  source: string | null
  ruleCode: string | null
  reason: string
  values: Record<string, unknown>
  raisedOn: string
}

export interface ClueEvent {
  at: string
  actor: string
  action: string
  actionLabel: string
  statusBefore: ClueStatus | null
  statusAfter: ClueStatus | null
  outcome: ClueOutcome | null
  outcomeLabel: string | null
  reasonLabel: string | null
  note: string | null
}

export interface ClueDetail {
  clue: ClueRow
  regionPath: string
  monitoringStatus: string | null
  monitoringStatusLabel: string | null
  reason: string | null
  reasonLabel: string | null
  note: string | null
  decidedBy: string | null
  version: number
  /** Whether the caller may decide the clue now. */
  decidable: boolean
  signals: ClueSignal[]
  events: ClueEvent[]
}

export interface ClueCount {
  regionCode: string
  regionName: string
  open: number
  overdue: number
  dueSoon: number
}

export interface ClueCounts {
  total: ClueCount
  children: ClueCount[]
}

export interface ClueOptions {
  status: EnumOption[]
  channel: EnumOption[]
  outcome: EnumOption[]
  notIncludedReason: EnumOption[]
}

export interface ClueQuery {
  status?: string | null
  channel?: string | null
  region?: string | null
  overdue?: boolean | null
  household?: number | null
  page: number
  size: number
}

export interface ClueDecisionInput {
  outcome: ClueOutcome | ''
  reason: string
  note: string
  version: number
}

/** What a declaration QR code shows on the public page: place names, and a household code's masked head name. */
export interface DeclarePlace {
  villageName: string
  townshipName: string | null
  householdCode: boolean
  headName: string | null
}

export interface DeclarationInput {
  code: string
  name: string
  idNumber: string
  phone: string
  difficultyType: string
  description: string
  consent: boolean
}

export interface DeclarationReceipt {
  trackingCode: string
  receivedOn: string
  dueOn: string | null
  /** The same declaration was already received within 24 hours: this is its tracking code. */
  repeated: boolean
}

/** All a tracking code reveals. */
export interface DeclarationProgress {
  status: 'RECEIVED' | 'DECIDED'
  statusLabel: string
  receivedOn: string
  decidedOn: string | null
  outcomeLabel: string | null
}

export interface QrEntry {
  label: string
  householdNo: string | null
  code: string
  url: string
}

export interface QrSheet {
  villageCode: string
  villageName: string
  townshipName: string | null
  village: QrEntry
  households: QrEntry[]
}

/** A visit (走访), as GET /api/households/{id}/visits and /api/visits/mine answer. */
export interface Visit {
  id: number
  householdId: number
  householdNo: string
  headName: string | null
  regionCode: string
  villageName: string | null
  visitorUsername: string
  visitorName: string
  visitorRole: string
  visitorRoleLabel: string
  mode: string
  modeLabel: string
  visitDate: string
  householdReached: boolean
  findings: string
  incomeChange: string
  incomeChangeLabel: string
  incomeChangeAmount: number | null
  guaranteeGaps: string[]
  guaranteeGapLabels: string[]
  riskTypes: string[]
  riskTypeLabels: string[]
  raiseClue: boolean
  clueReason: string | null
  clueId: number | null
  clueRaised: boolean
  correctsVisitId: number | null
  correctedByVisitId: number | null
  createdAt: string
}

export interface VisitInput {
  mode: string
  visitDate: string
  householdReached: boolean | null
  findings: string
  incomeChange: string
  incomeChangeAmount: number | null
  guaranteeGaps: string[]
  riskTypes: string[]
  raiseClue: boolean
  clueReason: string | null
  correctsVisitId?: number | null
}

/** The visit form's choices, and whether the caller may record visits. */
export interface VisitOptions {
  mode: EnumOption[]
  incomeChange: EnumOption[]
  guaranteeGap: EnumOption[]
  riskType: EnumOption[]
  canRecord: boolean
  maxDaysBack: number
}

// Department feeds (部门数据推送)
export type Department =
  | 'MEDICAL_INSURANCE'
  | 'EDUCATION'
  | 'HOUSING'
  | 'WATER'
  | 'AGRICULTURE'
  | 'CIVIL_AFFAIRS'
  | 'DISABLED_FEDERATION'
  | 'HUMAN_RESOURCES'
  | 'PETITION'
  | 'OTHER'

export interface FeedColumn {
  key: string
  header: string
  type: 'TEXT' | 'DATE' | 'MONEY' | 'ENUM'
  typeLabel: string
  values: string[]
  required: boolean
}

export interface FeedLayout {
  department: Department
  departmentLabel: string
  kind: string
  columns: FeedColumn[]
}

export interface FeedRowError {
  row: number
  unmatched: boolean
  errors: { field: string; code: string; message: string }[]
}

export interface Feed {
  id: number
  department: Department
  departmentLabel: string
  channel: 'FILE' | 'API'
  fileName: string
  createdBy: string
  createdAt: string
  rows: number
  matched: number
  unmatched: number
  invalid: number
  duplicates: number
  newFacts: number
  newClues: number
  errors: FeedRowError[]
}

export interface ApiKey {
  id: number
  name: string
  department: Department
  departmentLabel: string
  regionCode: string
  keyPrefix: string
  createdBy: string
  createdAt: string
  revokedAt: string | null
  lastUsedAt: string | null
  active: boolean
  key: string | null
}

/** A village's decision on a clue a feed row raised (GET /api/feeds/{id}/outcomes). */
export interface FeedOutcome {
  row: number
  clueId: number
  outcome: string
  outcomeLabel: string
  reasonLabel: string | null
  decidedAt: string
}

// ---- Policy profiles and rules (docs/api.md "Policy profiles and rules", docs/rules.md)

export interface ProfileSummary {
  id: number
  regionCode: string
  name: string
  effectiveFrom: string
  effectiveTo: string | null
  sourceDoc: string | null
  /** Loaded from the plans shipped with the system (内置). */
  shipped: boolean
  /** The caller may change it (POLICY_EDIT within scope). */
  editable: boolean
  version: number
}

export interface Deadline {
  days: number | null
  working: boolean | null
}

/** A profile's parameters; every part may be absent (inherited from the profiles above). */
export interface ProfileParameters {
  threshold?: { amount: number | null; source: string | null } | null
  thresholdNote?: string | null
  incomeWindow?: { from: string | null; to: string | null; rollingMonths: number | null } | null
  incomeItems?: {
    wage: boolean | null
    business: boolean | null
    property: boolean | null
    transfer: boolean | null
    subtractProductionExpense: boolean | null
    subtractSelfPaid: boolean | null
  } | null
  clueResponse?: Deadline | null
  steps?: Record<string, Deadline> | null
  publicityDays?: number | null
  elimination?: {
    minMonthsSinceIdentification: number | null
    minMeasures: number | null
    stableIncomeMonths: number | null
    noLabourNeverEliminated: boolean | null
  } | null
  visits?: {
    monitoredEveryMonths: number | null
    othersEveryMonths: number | null
    dailyCap: number | null
    relocationSiteDailyCap: number | null
  } | null
  labels?: Record<string, string> | null
  params?: Record<string, number> | null
}

export type RuleScope = 'HOUSEHOLD' | 'FACT'
export type RuleStatus = 'DRAFT' | 'PUBLISHED' | 'RETIRED'

export interface PolicyRule {
  id: number
  profileId: number
  code: string
  version: number
  status: RuleStatus
  disabled: boolean
  name: string
  description: string | null
  clause: string | null
  scope: RuleScope
  department: string | null
  expression: string
  evidence: Record<string, string>
  createdBy: string
  createdAt: string
}

/** What the rule editor sends (save, check, trial, what-if). */
export interface RuleInput {
  code: string
  name: string
  description: string
  clause: string
  scope: RuleScope
  department: string | null
  expression: string
  evidence: Record<string, string>
  disabled: boolean
}

export interface ProfileChange {
  rule_code: string | null
  action: string
  before: unknown
  after: unknown
  actor: string
  at: string
}

export interface ProfileDetail {
  profile: ProfileSummary
  parameters: ProfileParameters
  rules: PolicyRule[]
  changes: ProfileChange[]
}

export interface ProfileInput {
  regionCode: string
  name: string
  effectiveFrom: string
  effectiveTo: string | null
  sourceDoc: string | null
  parameters: ProfileParameters
  version?: number
}

export interface ProfileRef {
  id: number
  regionCode: string
  name: string
  effectiveFrom: string
  effectiveTo: string | null
  sourceDoc: string | null
}

export interface ProfileInForce {
  regionCode: string
  date: string
  chain: ProfileRef[]
  parameters: ProfileParameters
  /** parameter (top-level name, or name.key for maps) → the name of the profile that set it */
  origins: Record<string, string>
  rules: PolicyRule[]
}

export interface RuleProblem {
  /** "expression" or "evidence:<label>" */
  part: string
  line: number
  column: number
  message: string
}

export interface RuleCheck {
  ok: boolean
  problems: RuleProblem[]
}

export interface ViewField {
  name: string
  type: string
  label: string
}

export type ViewSchema = Record<string, ViewField[]>

// ---- Screening (docs/api.md "Screening")

export type RunStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED' | 'REFUSED'

export interface ScreeningRun {
  id: number
  regionCode: string
  regionName: string | null
  asOf: string
  kind: 'RUN' | 'WHAT_IF'
  status: RunStatus
  trigger: 'MANUAL' | 'SCHEDULE'
  profileNames: string | null
  total: number
  processed: number
  flagged: number
  baselineFlagged: number
  newSignals: number
  message: string | null
  startedBy: string
  createdAt: string
  finishedAt: string | null
}

export interface Finding {
  ruleCode: string
  ruleVersion: number
  ruleName: string
  description: string | null
  clause: string | null
  evidence: Record<string, unknown>
  factId: number | null
  factSource: string | null
  factRef: string | null
}

export interface ScreeningResult {
  householdId: number
  householdNo: string
  headName: string | null
  regionCode: string
  villageName: string | null
  flagged: boolean
  baseline: boolean
  ruleCodes: string[]
  findings: Finding[]
}

export interface ScreeningComparison {
  regionCode: string
  regionName: string | null
  now: number
  candidate: number
  added: number
  removed: number
}

/** A rule as the engine takes it (what-if candidates, trials). */
export interface RuleSource {
  code: string
  name: string
  scope: RuleScope
  department: string | null
  expression: string
  evidence: Record<string, string>
}

export interface WhatIfInput {
  region: string
  asOf: string | null
  threshold: number | null
  rules: RuleSource[]
  disabledCodes: string[]
}

export interface Explanation {
  householdId: number
  asOf: string
  profiles: string[]
  threshold: number | null
  thresholdSource: string | null
  incomeWindow: string
  /** Why no rule could be evaluated, else null. */
  blocked: string | null
  findings: Finding[]
  view: Record<string, unknown>
}

export interface RuleTrial {
  fires: boolean
  findings: Finding[]
  view: Record<string, unknown>
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

// ---- Identification cases (识别认定), docs/api.md "Identification cases"

export type CaseState =
  | 'OPENED' | 'APPLIED' | 'HOME_CHECKED' | 'REVIEWED' | 'PUBLICIZED'
  | 'TOWNSHIP_APPROVED' | 'COUNTY_APPROVED' | 'ANNOUNCED' | 'NOT_INCLUDED'
export type CaseStepCode =
  | 'OPEN' | 'APPLICATION' | 'HOME_CHECK' | 'DEMOCRATIC_REVIEW' | 'PUBLICITY' | 'DATA_COMPARISON'
  | 'TOWNSHIP_REVIEW' | 'COUNTY_APPROVAL' | 'ANNOUNCEMENT'

export interface CaseSummary {
  id: number
  householdId: number
  householdNo: string | null
  headName: string | null
  regionCode: string
  state: CaseState
  stateLabel: string
  openedOn: string
  overallDue: string | null
  overallExceeded: boolean
  overdue: boolean
  dueSoon: boolean
  version: number
  villageName: string
}

export interface CaseTownshipCount {
  townshipCode: string
  townshipName: string
  open: number
  overdue: number
  dueSoon: number
}

export interface CaseStepRecord {
  step: CaseStepCode
  stepLabel: string
  actor: string
  role: string
  roleLabel: string
  at: string
  comment: string | null
  before: CaseState | null
  after: CaseState | null
  details: Record<string, unknown> | null
}

export interface CaseStepClock {
  step: CaseStepCode
  label: string
  from: string | null
  due: string | null
  days: number
  working: boolean
  doneOn: string | null
  dueSoon: boolean
  overdue: boolean
  late: boolean
}

export interface CaseDeadlineReport {
  today: string
  openedOn: string
  overallDue: string | null
  overallExceeded: boolean
  anyOverdue: boolean
  anyDueSoon: boolean
  steps: CaseStepClock[]
}

export interface CaseDetail {
  id: number
  householdId: number
  householdNo: string | null
  headName: string | null
  regionCode: string
  clueId: number | null
  state: CaseState
  stateLabel: string
  suggestedCategory: string | null
  category: string | null
  riskTypes: string[] | null
  outcomeReason: string | null
  version: number
  publicityDays: number
  steps: CaseStepRecord[]
  deadlines: CaseDeadlineReport
}

export interface CaseQuery {
  region?: string | null
  status?: CaseState | '' | null
  overdue?: boolean
}
