// 统计看板 and 规模性返贫风险 (docs/api.md, reporting).
import type { ComplianceRow } from './reporting'

export interface DashboardRow {
  regionCode: string
  regionName: string
  households: number
  povertyAlleviated: number
  ordinary: number
  identifying: number
  riskActive: number
  riskEliminated: number
  monitored: number
  identified: number
  eliminated: number
  overdueClues: number
  overdueProblems: number
  campaignInScope: number
  campaignScreened: number
  campaignFlagged: number
}

export interface DashboardCount {
  code: string
  label: string
  count: number
}

export interface DashboardView {
  regionCode: string
  regionName: string
  level: number
  from: string
  to: string
  today: string
  // when the counts of households and campaign progress were rebuilt (every five minutes)
  tallied: string
  total: DashboardRow
  rows: DashboardRow[]
  householdTypes: DashboardCount[]
  monitoringStatuses: DashboardCount[]
  monitoringCategories: DashboardCount[]
  riskTypes: DashboardCount[]
  months: { month: string; identified: number; eliminated: number }[]
  campaigns: { id: number; name: string; year: number }[]
  problemsAvailable: boolean
}

export interface DashboardCompliance {
  regionCode: string
  from: string
  to: string
  clueDays: { find: number; handle: number; help: number }
  total: ComplianceRow
  /** when the dashboard job judged the year's clocks; null when judged for this request */
  judgedAt: string | null
}

export interface RiskCluster {
  level: 'VILLAGE' | 'TOWNSHIP'
  regionCode: string
  regionName: string
  kind: string
  kindLabel: string
  clues: number
  villages: number
  households: number | null
  share: number | null
  explanation: string
  trend: number[]
  clueHouseholds: {
    clueId: number
    householdId: number | null
    householdNo: string | null
    headName: string | null
    villageCode: string
    villageName: string
  }[]
}

export interface RiskClusterReport {
  regionCode: string
  from: string
  to: string
  params: { days: number; minClues: number; minShare: number | null }
  clusters: RiskCluster[]
}
