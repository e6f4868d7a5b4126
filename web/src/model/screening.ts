// Screening runs, what-if and the household explanation (docs/api.md "Screening").
import type { RuleScope } from './policy'

export type RunStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED' | 'REFUSED'

export interface ScreeningRun {
  id: number
  regionCode: string
  regionName: string | null
  asOf: string
  kind: 'RUN' | 'WHAT_IF'
  status: RunStatus
  trigger: 'MANUAL' | 'SCHEDULE'
  profileNames: string | null
  total: number
  processed: number
  flagged: number
  baselineFlagged: number
  newSignals: number
  message: string | null
  startedBy: string
  createdAt: string
  finishedAt: string | null
}

export interface Finding {
  ruleCode: string
  ruleVersion: number
  ruleName: string
  description: string | null
  clause: string | null
  evidence: Record<string, unknown>
  factId: number | null
  factSource: string | null
  factRef: string | null
}

export interface ScreeningResult {
  householdId: number
  householdNo: string
  headName: string | null
  regionCode: string
  villageName: string | null
  flagged: boolean
  baseline: boolean
  ruleCodes: string[]
  findings: Finding[]
}

export interface ScreeningComparison {
  regionCode: string
  regionName: string | null
  now: number
  candidate: number
  added: number
  removed: number
}

/** A rule as the engine takes it (what-if candidates, trials). */
export interface RuleSource {
  code: string
  name: string
  scope: RuleScope
  department: string | null
  expression: string
  evidence: Record<string, string>
}

export interface WhatIfInput {
  region: string
  asOf: string | null
  threshold: number | null
  rules: RuleSource[]
  disabledCodes: string[]
}

export interface Explanation {
  householdId: number
  asOf: string
  profiles: string[]
  threshold: number | null
  thresholdSource: string | null
  incomeWindow: string
  /** Why no rule could be evaluated, else null. */
  blocked: string | null
  findings: Finding[]
  view: Record<string, unknown>
}

export interface RuleTrial {
  fires: boolean
  findings: Finding[]
  view: Record<string, unknown>
}
