// Follow-up schedules, daily visit plan and income registration (跟踪回访、收入登记), docs/api.md "Follow-ups".

export type FollowKind = 'VISIT' | 'INCOME'
export type DueState = 'OK' | 'DUE_SOON' | 'OVERDUE'
export type FollowStateFilter = 'DUE' | 'OVERDUE' | 'DUE_SOON' | 'OK' | 'ALL'

export interface FollowUp {
  scheduleId: number
  householdId: number
  householdNo: string
  headName: string | null
  regionCode: string
  villageName: string | null
  kind: FollowKind
  kindLabel: string
  everyMonths: number
  frequencyLabel: string
  mode: string
  modeLabel: string
  lastDone: string | null
  nextDue: string
  dueState: DueState
  dueStateLabel: string
  daysLeft: number
  relocationSite: string | null
  largeSite: boolean
  contactPersons: string | null
}

export interface FollowUpPage {
  items: FollowUp[]
  total: number
  page: number
  size: number
}

export interface DailyPlan {
  date: string
  dailyCap: number
  relocationSiteDailyCap: number
  items: FollowUp[]
  dueTotal: number
  note: string
}

export interface IncomeRegistrationInput {
  period: string
  netIncome: number | null
  memberCount: number | null
  note: string | null
}

export interface IncomeRegistration {
  id: number
  householdId: number
  period: string
  periodLabel: string
  periodStart: string
  periodEnd: string
  netIncome: number
  memberCountUsed: number
  perCapitaYearly: number
  note: string | null
  registeredBy: string
  registeredAt: string
}
