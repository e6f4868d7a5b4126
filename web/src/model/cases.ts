// Identification cases (识别认定), docs/api.md "Identification cases".

export type CaseState =
  | 'OPENED' | 'APPLIED' | 'HOME_CHECKED' | 'REVIEWED' | 'PUBLICIZED'
  | 'TOWNSHIP_APPROVED' | 'COUNTY_APPROVED' | 'ANNOUNCED' | 'NOT_INCLUDED'
export type CaseStepCode =
  | 'OPEN' | 'APPLICATION' | 'HOME_CHECK' | 'DEMOCRATIC_REVIEW' | 'PUBLICITY' | 'DATA_COMPARISON'
  | 'TOWNSHIP_REVIEW' | 'COUNTY_APPROVAL' | 'ANNOUNCEMENT' | 'GREEN_CHANNEL' | 'INFORM'

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
  greenChannel: boolean
  informPending: boolean
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
  greenChannel: boolean
  greenChannelReason: string | null
  informPending: boolean
}

export interface CaseQuery {
  region?: string | null
  status?: CaseState | '' | null
  overdue?: boolean
  greenChannel?: boolean
}

export type CaseDocumentKind = 'PUBLICITY_NOTICE' | 'REVIEW_RECORD' | 'TOWNSHIP_REVIEW_FORM' | 'COUNTY_REVIEW_FORM' | 'ANNOUNCEMENT'

/** Open cases of one township (or village) from the nightly sweep's columns. */
export interface CaseDeadlineCount {
  regionCode: string
  regionName: string
  open: number
  dueSoon: number
  overdue: number
  overallExceeded: number
  greenChannel: number
  informPending: number
}
