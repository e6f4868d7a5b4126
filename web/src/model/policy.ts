// Policy profiles and rules (docs/api.md "Policy profiles and rules", docs/rules.md).

export interface ProfileSummary {
  id: number
  regionCode: string
  name: string
  effectiveFrom: string
  effectiveTo: string | null
  sourceDoc: string | null
  /** Loaded from the plans shipped with the system (内置). */
  shipped: boolean
  /** The caller may change it (POLICY_EDIT within scope). */
  editable: boolean
  version: number
}

export interface Deadline {
  days: number | null
  working: boolean | null
}

/** A profile's parameters; every part may be absent (inherited from the profiles above). */
export interface ProfileParameters {
  threshold?: { amount: number | null; source: string | null } | null
  thresholdNote?: string | null
  incomeWindow?: { from: string | null; to: string | null; rollingMonths: number | null } | null
  incomeItems?: {
    wage: boolean | null
    business: boolean | null
    property: boolean | null
    transfer: boolean | null
    subtractProductionExpense: boolean | null
    subtractSelfPaid: boolean | null
  } | null
  clueResponse?: Deadline | null
  steps?: Record<string, Deadline> | null
  publicityDays?: number | null
  elimination?: {
    minMonthsSinceIdentification: number | null
    minMeasures: number | null
    stableIncomeMonths: number | null
    noLabourNeverEliminated: boolean | null
  } | null
  visits?: {
    monitoredEveryMonths: number | null
    othersEveryMonths: number | null
    dailyCap: number | null
    relocationSiteDailyCap: number | null
  } | null
  labels?: Record<string, string> | null
  params?: Record<string, number> | null
}

export type RuleScope = 'HOUSEHOLD' | 'FACT'
export type RuleStatus = 'DRAFT' | 'PUBLISHED' | 'RETIRED'

export interface PolicyRule {
  id: number
  profileId: number
  code: string
  version: number
  status: RuleStatus
  disabled: boolean
  name: string
  description: string | null
  clause: string | null
  scope: RuleScope
  department: string | null
  expression: string
  evidence: Record<string, string>
  createdBy: string
  createdAt: string
}

/** What the rule editor sends (save, check, trial, what-if). */
export interface RuleInput {
  code: string
  name: string
  description: string
  clause: string
  scope: RuleScope
  department: string | null
  expression: string
  evidence: Record<string, string>
  disabled: boolean
}

export interface ProfileChange {
  rule_code: string | null
  action: string
  before: unknown
  after: unknown
  actor: string
  at: string
}

export interface ProfileDetail {
  profile: ProfileSummary
  parameters: ProfileParameters
  rules: PolicyRule[]
  changes: ProfileChange[]
}

export interface ProfileInput {
  regionCode: string
  name: string
  effectiveFrom: string
  effectiveTo: string | null
  sourceDoc: string | null
  parameters: ProfileParameters
  version?: number
}

export interface ProfileRef {
  id: number
  regionCode: string
  name: string
  effectiveFrom: string
  effectiveTo: string | null
  sourceDoc: string | null
}

export interface ProfileInForce {
  regionCode: string
  date: string
  chain: ProfileRef[]
  parameters: ProfileParameters
  /** parameter (top-level name, or name.key for maps) → the name of the profile that set it */
  origins: Record<string, string>
  rules: PolicyRule[]
}

export interface RuleProblem {
  /** "expression" or "evidence:<label>" */
  part: string
  line: number
  column: number
  message: string
}

export interface RuleCheck {
  ok: boolean
  problems: RuleProblem[]
}

export interface ViewField {
  name: string
  type: string
  label: string
}

export type ViewSchema = Record<string, ViewField[]>
