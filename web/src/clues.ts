import { reactive } from 'vue'
import { api, type ClueOptions, type ClueRow } from './api'

/** Codes and labels of the inbox lists (GET /api/clues/options), loaded once. */
export const clueOptions = reactive<ClueOptions>({ status: [], channel: [], outcome: [], notIncludedReason: [] })
let loading: Promise<void> | null = null

export function loadClueOptions(): Promise<void> {
  if (!loading) {
    loading = api
      .clueOptions()
      .then((o) => {
        Object.assign(clueOptions, o)
      })
      .catch((e) => {
        loading = null
        throw e
      })
  }
  return loading as Promise<void>
}

/** How much time is left, in the words a clerk uses: 逾期 3 个工作日, 今日到期, 剩 2 个工作日. */
export function timeLeft(row: ClueRow): string {
  if (row.status !== 'OPEN' || row.workingDaysLeft === null) return row.outcomeLabel ?? row.statusLabel
  if (row.overdue) return `逾期 ${Math.abs(row.workingDaysLeft)} 个工作日`
  if (row.workingDaysLeft === 0) return '今日到期'
  return `剩 ${row.workingDaysLeft} 个工作日`
}

export function urgency(row: ClueRow): 'overdue' | 'due-soon' | '' {
  if (row.overdue) return 'overdue'
  if (row.dueSoon) return 'due-soon'
  return ''
}
