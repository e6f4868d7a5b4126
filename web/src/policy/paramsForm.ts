// The profile parameters as the edit form holds them: each optional part has a switch "本画像设定"; a part switched
// off is left out of the saved document, so it is inherited from the profiles above (ProfileEdits.withoutNulls).
import type { ProfileParameters } from '../types'

type Items = { [K in keyof NonNullable<ProfileParameters['incomeItems']>]: boolean }
type Elim = Omit<NonNullable<ProfileParameters['elimination']>, 'noLabourNeverEliminated'> & { noLabourNeverEliminated: boolean }
type Visits = NonNullable<ProfileParameters['visits']>
type Days = { days: number | null; working: boolean }

export interface ParamsForm {
  hasThreshold: boolean
  amount: number | null
  source: string
  thresholdNote: string
  windowMode: 'inherit' | 'fixed' | 'rolling'
  windowFrom: string | null
  windowTo: string | null
  rollingMonths: number | null
  hasItems: boolean
  items: Items
  hasClue: boolean
  clue: Days
  publicityDays: number | null
  hasElimination: boolean
  elimination: Elim
  hasVisits: boolean
  visits: Visits
  steps: { key: string; value: Days }[]
  labels: { key: string; value: string }[]
  params: { key: string; value: number | null }[]
}

const entries = <V>(m: Record<string, V> | null | undefined) => Object.entries(m ?? {}).map(([key, value]) => ({ key, value }))

function bools(defaults: Items, given: ProfileParameters['incomeItems']): Items {
  const out = { ...defaults }
  if (given) for (const k of Object.keys(out) as (keyof Items)[]) out[k] = given[k] ?? defaults[k]
  return out
}

export function toForm(p: ProfileParameters): ParamsForm {
  const w = p.incomeWindow
  return {
    hasThreshold: !!p.threshold,
    amount: p.threshold?.amount ?? null,
    source: p.threshold?.source ?? '',
    thresholdNote: p.thresholdNote ?? '',
    windowMode: !w ? 'inherit' : w.from || w.to ? 'fixed' : 'rolling',
    windowFrom: w?.from ?? null,
    windowTo: w?.to ?? null,
    rollingMonths: w?.rollingMonths ?? 12,
    hasItems: !!p.incomeItems,
    items: bools({ wage: true, business: true, property: true, transfer: true, subtractProductionExpense: true, subtractSelfPaid: false }, p.incomeItems),
    hasClue: !!p.clueResponse,
    clue: { days: p.clueResponse?.days ?? 5, working: p.clueResponse ? !!p.clueResponse.working : true },
    publicityDays: p.publicityDays ?? null,
    hasElimination: !!p.elimination,
    elimination: {
      minMonthsSinceIdentification: p.elimination?.minMonthsSinceIdentification ?? 6,
      minMeasures: p.elimination?.minMeasures ?? 1,
      stableIncomeMonths: p.elimination?.stableIncomeMonths ?? 6,
      noLabourNeverEliminated: p.elimination ? !!p.elimination.noLabourNeverEliminated : true,
    },
    hasVisits: !!p.visits,
    visits: { monitoredEveryMonths: 1, othersEveryMonths: 3, dailyCap: 20, relocationSiteDailyCap: 35, ...(p.visits ?? {}) },
    steps: entries(p.steps).map((e) => ({ key: e.key, value: { days: e.value.days, working: !!e.value.working } })),
    labels: entries(p.labels),
    params: entries(p.params),
  }
}

function map<V>(rows: { key: string; value: V }[]): Record<string, V> | null {
  const kept = rows.filter((r) => r.key.trim() !== '')
  return kept.length ? Object.fromEntries(kept.map((r) => [r.key.trim(), r.value])) : null
}

/** The form back to parameters; switched-off parts become null and are not stored. */
export function toParams(f: ParamsForm): ProfileParameters {
  return {
    threshold: f.hasThreshold ? { amount: f.amount, source: f.source.trim() || null } : null,
    thresholdNote: f.thresholdNote.trim() || null,
    incomeWindow:
      f.windowMode === 'fixed'
        ? { from: f.windowFrom, to: f.windowTo, rollingMonths: null }
        : f.windowMode === 'rolling'
          ? { from: null, to: null, rollingMonths: f.rollingMonths }
          : null,
    incomeItems: f.hasItems ? { ...f.items } : null,
    clueResponse: f.hasClue ? { ...f.clue } : null,
    steps: map(f.steps),
    publicityDays: f.publicityDays,
    elimination: f.hasElimination ? { ...f.elimination } : null,
    visits: f.hasVisits ? { ...f.visits } : null,
    labels: map(f.labels),
    params: map(f.params.filter((r) => r.value !== null)) as Record<string, number> | null,
  }
}

/** What the form must catch before the server does: a fixed window needs both dates in order. */
export function formProblems(f: ParamsForm): string[] {
  const out: string[] = []
  if (f.hasThreshold && (f.amount === null || f.amount <= 0)) out.push('监测范围须大于0')
  if (f.windowMode === 'fixed' && (!f.windowFrom || !f.windowTo)) out.push('固定收入测算期间须填写起止日期')
  if (f.windowMode === 'fixed' && f.windowFrom && f.windowTo && f.windowFrom > f.windowTo) out.push('收入测算期间止不能早于起')
  const keys = f.params.map((r) => r.key.trim()).filter(Boolean)
  if (keys.some((k) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(k))) out.push('规则参数名须为英文字母、数字和下划线（字母开头），以便规则中写 profile.params.名称')
  if (new Set(keys).size !== keys.length) out.push('规则参数名不能重复')
  return out
}
