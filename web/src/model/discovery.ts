// Risk discovery: the clue inbox, self-declaration and QR sheets, visits, department feeds.
import type { EnumOption } from '../types'

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
