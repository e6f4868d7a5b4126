// Risk elimination (风险消除), rollback and removal requests (docs/api.md "Risk elimination").

export type EliminationMethod = 'ASSISTED' | 'NATURAL'
export type EliminationState =
  | 'PROPOSED' | 'HOME_CHECKED' | 'REVIEWED' | 'PUBLICIZED' | 'TOWNSHIP_APPROVED' | 'COUNTY_APPROVED' | 'ANNOUNCED' | 'REJECTED'
export type EliminationStepCode =
  | 'PROPOSE' | 'HOME_CHECK' | 'DEMOCRATIC_REVIEW' | 'PUBLICITY' | 'TOWNSHIP_REVIEW' | 'COUNTY_APPROVAL' | 'ANNOUNCEMENT'
export type Verdict = 'PASS' | 'FAIL' | 'TO_CONFIRM' | 'NOT_REQUIRED'
export type RequestKind = 'ROLLBACK' | 'REMOVAL'
export type RequestState = 'REQUESTED' | 'APPROVED' | 'REFUSED'

export interface EligibilityReason {
  code: string
  condition: string
  verdict: Verdict
  verdictLabel: string
  explanation: string
}

export interface Eligibility {
  householdId: number
  method: EliminationMethod
  methodLabel: string
  checkedOn: string
  eligible: boolean
  blocked: boolean
  reasons: EligibilityReason[]
}

export interface EliminationStepRecord {
  step: string
  stepLabel: string
  actor: string
  role: string
  roleLabel: string
  at: string
  comment: string | null
  before: string
  after: string
  details: Record<string, unknown>
}

export interface EliminationStepClock {
  step: EliminationStepCode
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

export interface EliminationDetail {
  id: number
  householdId: number
  householdNo: string | null
  headName: string | null
  regionCode: string
  method: EliminationMethod
  methodLabel: string
  state: EliminationState
  stateLabel: string
  eligibility: Eligibility | null
  outcomeReason: string | null
  eliminatedOn: string | null
  version: number
  publicityDays: number
  steps: EliminationStepRecord[]
  deadlines: { today: string; steps: EliminationStepClock[]; next: EliminationStepClock | null; dueState: string }
}

export interface EliminationSummary {
  id: number
  householdId: number
  householdNo: string | null
  headName: string | null
  regionCode: string
  villageName: string
  method: EliminationMethod
  methodLabel: string
  state: EliminationState
  stateLabel: string
  proposedOn: string
  eliminatedOn: string | null
  nextDue: string | null
  nextDueStepLabel: string | null
  dueState: 'OK' | 'DUE_SOON' | 'OVERDUE' | null
}

export interface EliminationRequest {
  id: number
  householdId: number
  householdNo: string | null
  headName: string | null
  regionCode: string
  kind: RequestKind
  kindLabel: string
  reasonCode: string
  reasonLabel: string
  reasons: string
  document: string
  state: RequestState
  stateLabel: string
  statusBefore: string
  statusBeforeLabel: string
  version: number
  requestedAt: string
  decidedAt: string | null
  steps: EliminationStepRecord[]
}

export interface MonitoringHistoryEntry {
  at: string
  kind: string
  kindLabel: string
  title: string
  note: string | null
  actor: string
  link: string
}

export interface MonitoringHistory {
  householdId: number
  status: string
  statusLabel: string
  entries: MonitoringHistoryEntry[]
}
