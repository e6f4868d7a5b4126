// Contact persons, plans, measures and their checks (帮扶), docs/api.md "Assistance".

export type ContactKindCode = 'EXISTING' | 'MONITORING' | 'ORIGIN_TOWNSHIP' | 'RESETTLEMENT_COMMUNITY'
export type MeasureStatusCode = 'PLANNED' | 'IN_PROGRESS' | 'DELIVERED' | 'STOPPED'
export type CheckResultCode = 'MET' | 'DUE' | 'LATE' | 'OVERDUE' | 'NOT_MET'

export interface ContactPerson {
  id: number
  householdId: number
  name: string
  username: string | null
  unit: string
  phoneMasked: string | null
  kind: ContactKindCode
  kindLabel: string
  startOn: string
  endedOn: string | null
  endReason: string | null
  endedBy: string | null
  replacesId: number | null
  replacedById: number | null
  assignedBy: string
}

export interface PlanCheck {
  code: string
  subject: string
  result: CheckResultCode
  resultLabel: string
  reason: string
}

export interface ContactOverview {
  current: ContactPerson[]
  past: ContactPerson[]
  required: ContactKindCode[]
  requiredLabels: string[]
  due: string | null
  checks: PlanCheck[]
  canEdit: boolean
}

export interface ContactPersonInput {
  name: string
  username?: string | null
  unit: string
  phone?: string | null
  kind: string
  startOn?: string | null
  replacesId?: number | null
  endReason?: string | null
}

export interface Measure {
  id: number
  planId: number
  memberId: number | null
  memberName: string | null
  category: string
  categoryLabel: string
  development: boolean
  item: string
  startOn: string
  endOn: string | null
  amount: number | null
  status: MeasureStatusCode
  statusLabel: string
  deliveredOn: string | null
  responsibleUnit: string
  riskTypes: string[]
  riskTypeLabels: string[]
  note: string | null
  version: number
}

export interface MeasureInput {
  category: string
  item: string
  memberId: number | null
  startOn: string
  endOn: string | null
  amount: number | null
  status: string
  deliveredOn: string | null
  responsibleUnit: string
  riskTypes: string[]
  note: string | null
  version: number | null
}

export interface Plan {
  id: number
  householdId: number
  caseId: number | null
  startedOn: string
  contactDue: string | null
  measuresDue: string
  version: number
  riskTypes: string[]
  riskTypeLabels: string[]
  measures: Measure[]
}

export interface PlanOverview {
  plan: Plan | null
  canEdit: boolean
  canStart: boolean
  cannotStartReason: string | null
}

export interface PlanChecksReport {
  started: boolean
  reason: string | null
  checks: PlanCheck[]
  developmentDelivered: boolean
  developmentReason: string
  contactDue: string | null
  measuresDue: string | null
  needingAction: number
}

export interface AssistanceOption {
  code: string
  label: string
  development: boolean
}

export interface AssistanceOptions {
  kinds: AssistanceOption[]
  categories: AssistanceOption[]
  statuses: AssistanceOption[]
}
