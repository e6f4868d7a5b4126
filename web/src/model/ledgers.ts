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
