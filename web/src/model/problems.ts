import type { EnumOption } from '../types'

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
