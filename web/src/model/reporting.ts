// 我的待办 and 时限监测 (docs/api.md, reporting).

export type WorkKind = 'CASE_STEP' | 'VISIT' | 'INCOME' | 'CONTACT_PERSON' | 'MEASURES' | 'CLUE'

export interface WorkItem {
  kind: WorkKind
  kindLabel: string
  title: string
  refId: number
  householdId: number | null
  householdNo: string | null
  headName: string | null
  regionCode: string
  villageName: string | null
  dueOn: string | null
  overdue: boolean
  overdueDays: number
  link: string
}

export interface Worklist {
  today: string
  total: number
  overdue: number
  dueSoon: number
  truncated: boolean
  items: WorkItem[]
}

export interface WorklistSummary {
  total: number
  overdue: number
  dueSoon: number
}

export interface Ratio {
  numerator: number
  denominator: number
  pending: number
  rate: number | null
}

export interface ComplianceRow {
  regionCode: string
  regionName: string
  identification: Ratio
  contactPersons: Ratio
  measures: Ratio
  find: Ratio
  handle: Ratio
  help: Ratio
  visitsOnTime: Ratio
  visitsInPeriod: Ratio
}

export type ComplianceMetric = Exclude<keyof ComplianceRow, 'regionCode' | 'regionName'>

export interface ComplianceReport {
  regionCode: string
  regionName: string
  from: string
  to: string
  today: string
  clueDays: { find: number; handle: number; help: number }
  rows: ComplianceRow[]
  total: ComplianceRow
}
