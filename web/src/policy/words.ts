// Chinese names of the parts of a policy profile (docs/rules.md "Profiles"). Step codes and label keys are the
// profile's own vocabulary (ProfileParameters on the server), not an enumeration the server lists.
import type { PolicyRule, ProfileParameters, RuleStatus } from '../types'

export const STEP_LABELS: Record<string, string> = {
  DISCOVER: '发现',
  HANDLE: '处置',
  HELP: '帮扶',
  HOME_CHECK: '入户核查',
  DEMOCRATIC_REVIEW: '民主评议',
  PUBLICITY: '公示',
  TOWNSHIP_REVIEW: '乡镇审核',
  COUNTY_APPROVAL: '县级审定',
  IDENTIFICATION_TOTAL: '识别认定总时限',
  CONTACT_PERSON: '明确帮扶联系人',
  MEASURES: '落实帮扶措施',
}

export const LABEL_KEYS: Record<string, string> = {
  monitoredObject: '监测对象称谓',
  mechanism: '机制名称',
}

export const PARAMETER_LABELS: Record<string, string> = {
  threshold: '监测范围',
  thresholdNote: '监测范围说明',
  incomeWindow: '收入测算期间',
  incomeItems: '计入的收入项目',
  clueResponse: '线索响应时限',
  steps: '环节时限',
  publicityDays: '公示天数',
  elimination: '风险消除条件',
  visits: '走访频次',
  labels: '称谓',
  params: '规则参数',
}

export const INCOME_ITEMS: [keyof NonNullable<ProfileParameters['incomeItems']>, string][] = [
  ['wage', '计入工资性收入'],
  ['business', '计入生产经营性收入'],
  ['property', '计入财产性收入'],
  ['transfer', '计入转移性收入'],
  ['subtractProductionExpense', '扣除生产经营性支出'],
  ['subtractSelfPaid', '扣除合规自付支出'],
]

export const STATUS: Record<RuleStatus, { label: string; type: 'info' | 'success' | 'warning' }> = {
  DRAFT: { label: '草稿', type: 'warning' },
  PUBLISHED: { label: '在用', type: 'success' },
  RETIRED: { label: '已停用', type: 'info' },
}

export const SCOPE_LABELS = { HOUSEHOLD: '按户', FACT: '按部门数据逐条' } as const

export function dayText(d: { days: number | null; working: boolean | null } | null | undefined): string {
  if (!d || d.days === null || d.days === undefined) return '—'
  return `${d.days} 个${d.working ? '工作日' : '自然日'}`
}

export function windowText(w: ProfileParameters['incomeWindow']): string {
  if (!w) return '—'
  if (w.from && w.to) return `${w.from} 至 ${w.to}`
  return `评估月之前 ${w.rollingMonths ?? 12} 个月`
}

export function effective(from: string, to: string | null): string {
  return `${from} 至 ${to ?? '长期'}`
}

/** Where a parameter (or one entry of a map parameter) came from in a merged profile. */
export function originOf(origins: Record<string, string>, key: string): string | undefined {
  if (origins[key]) return origins[key]
  const dot = key.indexOf('.')
  return dot > 0 ? origins[key.slice(0, dot)] : undefined
}

/** Rules grouped by code, newest version first within a code. */
export function byCode(rules: PolicyRule[]): { code: string; versions: PolicyRule[] }[] {
  const out = new Map<string, PolicyRule[]>()
  for (const r of rules) {
    if (!out.has(r.code)) out.set(r.code, [])
    out.get(r.code)!.push(r)
  }
  return [...out.entries()].map(([code, versions]) => ({ code, versions: versions.sort((a, b) => b.version - a.version) }))
}
