// 集中排查 campaigns (docs/api.md "Campaigns").
export type CampaignState = 'DRAFT' | 'RUNNING' | 'CLOSED'
export type PhaseKind = 'TRAINING' | 'SCREENING' | 'RECTIFICATION' | 'DATA_ENTRY' | 'SUMMARY' | 'OTHER'

export interface CampaignPhase {
  seq: number
  kind: PhaseKind
  name: string
  dueOn: string
}

export interface Campaign {
  id: number
  name: string
  year: number
  regionCode: string
  regionName: string | null
  profileDate: string
  incomeFrom: string | null
  incomeTo: string | null
  state: CampaignState
  stateLabel: string
  createdBy: string
  createdAt: string
  startedAt: string | null
  closedAt: string | null
  version: number
  phases: CampaignPhase[]
  households: number
}

export interface CampaignInput {
  name: string
  year: number
  regionCode: string
  profileDate: string
  incomeFrom: string | null
  incomeTo: string | null
  phases: { kind: PhaseKind; name: string; dueOn: string }[]
  version?: number
}

export interface CampaignPolicy {
  threshold: number | null
  incomeFrom: string
  incomeTo: string
  profiles: string[]
  keyGroupRules: { code: string; name: string; clause: string | null }[]
}

export type Pace = 'DONE' | 'ON_TRACK' | 'BEHIND' | 'NOT_STARTED'

export interface ProgressLine {
  regionCode: string
  regionName: string | null
  total: number
  screened: number
  flagged: number
  withErrors: number
  pending: number
  unscreenedShare: number
  pace: Pace
  paceLabel: string
  paceReason: string
}

export interface CampaignProgress {
  regionCode: string
  rowLevel: number
  total: ProgressLine
  rows: ProgressLine[]
  phases: { seq: number; kind: PhaseKind; kindLabel: string; name: string; dueOn: string; status: 'PAST' | 'CURRENT' | 'UPCOMING' }[]
  today: string
}

export interface CampaignHouseholdRow {
  householdId: number
  householdNo: string
  headName: string | null
  townshipName: string | null
  villageCode: string
  villageName: string | null
  householdType: string
  monitoringStatus: string
  assignRule: 'CONTACT_PERSON' | 'WORK_TEAM' | 'VILLAGE'
  screener: string | null
  screenerName: string | null
  status: 'PENDING' | 'SCREENED'
  flagged: boolean
  errorCount: number
  screenedOn: string | null
}

export interface CampaignHouseholdPage {
  total: number
  page: number
  size: number
  items: CampaignHouseholdRow[]
}

export interface CampaignAssignments {
  villages: { regionCode: string; regionName: string; townshipName: string | null; households: number }[]
  assignments: {
    id: number
    regionCode: string
    regionName: string | null
    gridId: number | null
    gridName: string | null
    username: string
    displayName: string | null
    assignedBy: string
    assignedAt: string
    endedAt: string | null
  }[]
  screeners: { username: string; displayName: string; role: string; roleLabel: string; regionCode: string }[]
}

export interface CampaignSummaryLine {
  regionCode: string
  regionName: string | null
  households: number
  screened: number
  flagged: number
  identified: number
  byCategory: Record<string, number>
  byRiskType: Record<string, number>
  rolledBack: number
  problemsFound: number | null
  problemsFixed: number | null
}

export interface CampaignSummary {
  campaign: Campaign
  rows: CampaignSummaryLine[]
  total: CampaignSummaryLine
  categories: string[]
  riskTypes: string[]
  problemsTracked: boolean
}
