import type { EliminationDetail, EliminationState, EliminationStepCode } from './types'
import { detailRows } from './cases'

// Labels and who-may-do-what for risk elimination (docs/api.md "Risk elimination"). The server decides; these only
// choose which form to offer.

export const eliminationStates: { code: EliminationState; label: string }[] = [
  { code: 'PROPOSED', label: '待入户核实' },
  { code: 'HOME_CHECKED', label: '待民主评议' },
  { code: 'REVIEWED', label: '公示中' },
  { code: 'PUBLICIZED', label: '待乡镇审核' },
  { code: 'TOWNSHIP_APPROVED', label: '待县级审批' },
  { code: 'COUNTY_APPROVED', label: '待公告' },
  { code: 'ANNOUNCED', label: '已公告消除' },
  { code: 'REJECTED', label: '未予消除' },
]

export const eliminationStepLabels: Record<EliminationStepCode, string> = {
  PROPOSE: '提出风险消除',
  HOME_CHECK: '入户核实',
  DEMOCRATIC_REVIEW: '民主评议',
  PUBLICITY: '村内公示',
  TOWNSHIP_REVIEW: '乡镇审核',
  COUNTY_APPROVAL: '县级审批',
  ANNOUNCEMENT: '公告',
}

export const eliminationMethods = [
  { code: 'ASSISTED', label: '帮扶消除' },
  { code: 'NATURAL', label: '自然消除' },
]

export const requestReasons: { code: string; label: string; kind: 'ROLLBACK' | 'REMOVAL' | null }[] = [
  { code: 'NEEDS_PROTECTION', label: '无劳动能力，仍需兜底保障', kind: 'ROLLBACK' },
  { code: 'UNSTABLE', label: '收入不稳定或刚性支出不可控', kind: 'ROLLBACK' },
  { code: 'WRONGLY_MARKED', label: '不符合消除条件而被标注', kind: 'ROLLBACK' },
  { code: 'DISQUALIFYING_ASSETS', label: '信息比对发现不符合条件的资产或收入', kind: 'REMOVAL' },
  { code: 'WRONG_ENTRY', label: '错误录入', kind: 'REMOVAL' },
  { code: 'NOT_ELIGIBLE', label: '不符合纳入条件', kind: 'REMOVAL' },
  { code: 'OTHER', label: '其他', kind: null },
]

export const villageRoles = ['VILLAGE_CLERK', 'TOWNSHIP_REVIEWER', 'COUNTY_REVIEWER', 'COUNTY_ADMIN']
const township = ['TOWNSHIP_REVIEWER', 'COUNTY_REVIEWER', 'COUNTY_ADMIN']
export const countyRoles = ['COUNTY_REVIEWER', 'COUNTY_ADMIN']

/** The step the given role may take next, or null. */
export function nextEliminationStep(d: EliminationDetail, role: string | undefined): EliminationStepCode | null {
  if (!role) return null
  const byState: Partial<Record<EliminationState, [EliminationStepCode, string[]]>> = {
    PROPOSED: ['HOME_CHECK', villageRoles],
    HOME_CHECKED: ['DEMOCRATIC_REVIEW', villageRoles],
    REVIEWED: ['PUBLICITY', villageRoles],
    PUBLICIZED: ['TOWNSHIP_REVIEW', township],
    TOWNSHIP_APPROVED: ['COUNTY_APPROVAL', countyRoles],
    COUNTY_APPROVED: ['ANNOUNCEMENT', countyRoles],
  }
  const next = byState[d.state]
  return next && next[1].includes(role) ? next[0] : null
}

const ownLabels: Record<string, string> = {
  methodLabel: '消除方式', jointIdentificationCaseId: '同会评议的识别认定案件', eliminatedOn: '消除日期',
}

/** A step record's details as label/value pairs: identification's labels plus this procedure's own keys. */
export function eliminationDetailRows(d: Record<string, unknown> | null): { key: string; value: string }[] {
  if (!d) return []
  const shared: Record<string, unknown> = {}
  const own: { key: string; value: string }[] = []
  for (const [k, v] of Object.entries(d)) {
    if (k === 'method') continue
    if (k in ownLabels) {
      if (v !== null && v !== undefined && v !== '') own.push({ key: ownLabels[k], value: String(v) })
    } else shared[k] = v
  }
  return [...own, ...detailRows(shared)]
}
