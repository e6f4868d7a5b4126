import type { CaseDetail, CaseDocumentKind, CaseState, CaseStepCode, CaseSummary } from './types'

// Labels and who-may-do-what for identification cases (docs/api.md "Identification cases"). The server decides;
// these only choose which form to offer, so a mismatch shows the server's refusal rather than doing harm.

export const caseStates: { code: CaseState; label: string }[] = [
  { code: 'OPENED', label: '待受理申请' },
  { code: 'APPLIED', label: '待入户核查' },
  { code: 'HOME_CHECKED', label: '待民主评议' },
  { code: 'REVIEWED', label: '公示中' },
  { code: 'PUBLICIZED', label: '待乡镇审核' },
  { code: 'TOWNSHIP_APPROVED', label: '待县级审定' },
  { code: 'COUNTY_APPROVED', label: '待公告' },
  { code: 'ANNOUNCED', label: '已公告纳入' },
  { code: 'NOT_INCLUDED', label: '不予纳入' },
]

export const stepLabels: Record<CaseStepCode, string> = {
  OPEN: '启动识别',
  APPLICATION: '农户申请',
  HOME_CHECK: '入户核查',
  DEMOCRATIC_REVIEW: '民主评议',
  PUBLICITY: '村内公示',
  DATA_COMPARISON: '信息比对',
  TOWNSHIP_REVIEW: '乡镇审核',
  COUNTY_APPROVAL: '县级审定',
  ANNOUNCEMENT: '公告',
  GREEN_CHANNEL: '开启绿色通道',
  INFORM: '告知申请人',
}

/** The risks 绿色通道 is for: disaster, illness or accident with clear facts. */
export const greenChannelRisks = [
  { code: 'DISASTER', label: '因灾' },
  { code: 'ILLNESS', label: '因病' },
  { code: 'ACCIDENT', label: '因意外事故' },
]

export const informMethods = [
  { code: 'WRITTEN', label: '书面' },
  { code: 'PHONE', label: '电话' },
  { code: 'IN_PERSON', label: '当面' },
]

/** Printable documents and the step each needs (docs/api.md "Case documents"). */
export const caseDocuments: { kind: CaseDocumentKind; label: string; step: CaseStepCode }[] = [
  { kind: 'PUBLICITY_NOTICE', label: '村内公示', step: 'DEMOCRATIC_REVIEW' },
  { kind: 'REVIEW_RECORD', label: '民主评议记录', step: 'DEMOCRATIC_REVIEW' },
  { kind: 'TOWNSHIP_REVIEW_FORM', label: '乡镇审核表', step: 'TOWNSHIP_REVIEW' },
  { kind: 'COUNTY_REVIEW_FORM', label: '县级审定表', step: 'COUNTY_APPROVAL' },
  { kind: 'ANNOUNCEMENT', label: '公告', step: 'ANNOUNCEMENT' },
]

export const meetingTypes = [
  { code: 'VILLAGERS_MEETING', label: '村民会议' },
  { code: 'REPRESENTATIVES_MEETING', label: '村民代表会议' },
  { code: 'ENLARGED_COMMITTEES', label: '村两委扩大会议' },
]

export const attendeeRoles = [
  { code: 'GROUP_LEADER', label: '村民小组长' },
  { code: 'GRID_WORKER', label: '网格员' },
  { code: 'VILLAGE_CADRE', label: '村干部' },
  { code: 'REPRESENTATIVE', label: '村民代表' },
  { code: 'OTHER', label: '其他' },
]

export const categories = [
  { code: 'UNSTABLE', label: '脱贫不稳定户' },
  { code: 'MARGINAL', label: '边缘易致贫户' },
  { code: 'SUDDEN', label: '突发严重困难户' },
]

export const riskTypes = [
  { code: 'ILLNESS', label: '因病' },
  { code: 'DISABILITY', label: '因残' },
  { code: 'EDUCATION', label: '因学' },
  { code: 'DISASTER', label: '因灾' },
  { code: 'ACCIDENT', label: '因意外事故' },
  { code: 'INDUSTRY_FAILURE', label: '因产业项目失败' },
  { code: 'UNSTABLE_EMPLOYMENT', label: '因务工就业不稳' },
  { code: 'LABOUR_SHORTAGE', label: '缺劳动力' },
  { code: 'OTHER', label: '其他' },
]

const village = ['VILLAGE_CLERK', 'TOWNSHIP_REVIEWER', 'COUNTY_REVIEWER', 'COUNTY_ADMIN']
const township = ['TOWNSHIP_REVIEWER', 'COUNTY_REVIEWER', 'COUNTY_ADMIN']
const county = ['COUNTY_REVIEWER', 'COUNTY_ADMIN']

/** Roles that see the 识别认定 menu. */
export const caseRoles = village

/** Whether the role may open 绿色通道 or inform the applicant (the village's roles and above). */
export function canActForVillage(role: string | undefined): boolean {
  return !!role && village.includes(role)
}

/** The steps the given role may take next on the case, in the order the procedure lists them. */
export function nextSteps(c: CaseDetail, role: string | undefined): CaseStepCode[] {
  if (!role) return []
  const done = new Set(c.steps.map((s) => s.step))
  const comparison: CaseStepCode[] = done.has('DATA_COMPARISON') ? [] : ['DATA_COMPARISON']
  const byState: Record<CaseState, CaseStepCode[]> = {
    OPENED: ['APPLICATION'],
    APPLIED: ['HOME_CHECK', ...comparison],
    HOME_CHECKED: ['DEMOCRATIC_REVIEW', ...comparison],
    REVIEWED: ['PUBLICITY', ...comparison],
    PUBLICIZED: done.has('DATA_COMPARISON') ? ['TOWNSHIP_REVIEW'] : comparison,
    TOWNSHIP_APPROVED: ['COUNTY_APPROVAL'],
    COUNTY_APPROVED: ['ANNOUNCEMENT'],
    ANNOUNCED: [],
    NOT_INCLUDED: [],
  }
  return byState[c.state].filter((s) => {
    if (s === 'TOWNSHIP_REVIEW') return township.includes(role)
    if (s === 'COUNTY_APPROVAL' || s === 'ANNOUNCEMENT') return county.includes(role)
    return village.includes(role)
  })
}

/** 'overdue', 'due-soon' or '' for the row colour. */
export function caseUrgency(c: Pick<CaseSummary, 'overdue' | 'dueSoon' | 'state'>): string {
  if (c.state === 'ANNOUNCED' || c.state === 'NOT_INCLUDED') return ''
  return c.overdue ? 'overdue' : c.dueSoon ? 'due-soon' : ''
}

/** A step record's details as label/value pairs for the timeline. */
const detailLabels: Record<string, string> = {
  commitmentSigned: '承诺书', authorisationSigned: '授权书', evidence: '材料', findings: '核查情况',
  meetingType: '会议形式', attendees: '参会人员', votesFor: '赞成票', votesAgainst: '反对票', minutes: '会议记录',
  start: '公示开始', end: '公示结束', objections: '异议', vehicles: '车辆', housing: '房产',
  businessRegistration: '工商注册', publicEmployee: '财政供养', other: '其他', dibaoExempt: '低保户半年内已比对',
  dibaoComparedOn: '比对日期', approve: '结论', opinion: '意见', category: '类别', categoryReason: '类别调整理由',
  riskTypes: '风险类型', passed: '评议结果', suggestedCategory: '建议类别', clueId: '线索编号', reason: '事实依据', informedOn: '告知日期', method: '告知方式',
  informedBy: '告知人', suggestionReason: '建议依据',
}

// labels the server adds beside a code: the code's own row already shows them
const hiddenDetails = new Set(['meetingTypeLabel', 'categoryLabel', 'riskTypeLabels', 'methodLabel'])

function label(list: { code: string; label: string }[], code: unknown): string {
  return list.find((o) => o.code === code)?.label ?? String(code)
}

export function detailRows(d: Record<string, unknown> | null): { key: string; value: string }[] {
  if (!d) return []
  return Object.entries(d)
    .filter(([k, v]) => v !== null && v !== undefined && v !== '' && !hiddenDetails.has(k))
    .map(([k, v]) => {
      let value: string
      if (k === 'meetingType') value = label(meetingTypes, v)
      else if (k === 'category' || k === 'suggestedCategory') value = label(categories, v)
      else if (k === 'riskTypes' && Array.isArray(v)) value = v.map((x) => label(riskTypes, x)).join('、')
      else if (k === 'attendees' && Array.isArray(v))
        value = v.map((a: { name?: string; role?: string }) => `${a.name}（${label(attendeeRoles, a.role)}）`).join('、')
      else if (k === 'method') value = label(informMethods, v)
      else if (k === 'approve') value = v ? '同意' : '不同意'
      else if (k === 'passed') value = v ? '通过' : '未通过'
      else if (typeof v === 'boolean') value = v ? '是' : '否'
      else value = typeof v === 'object' ? JSON.stringify(v) : String(v)
      return { key: detailLabels[k] ?? k, value }
    })
}
