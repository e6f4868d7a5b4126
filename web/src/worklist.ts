import { ref } from 'vue'
import { reportApi } from './api'

/** The nav badge of 我的待办: how many items are due soon or overdue, refreshed on navigation. */
export const worklistCount = ref<number | null>(null)

let loading: Promise<void> | null = null

export function refreshWorklistCount(): Promise<void> {
  if (!loading) {
    loading = reportApi
      .worklistSummary()
      .then((s) => {
        worklistCount.value = s.total
      })
      .catch(() => {
        // the badge is a convenience: a failed count leaves the last figure and never blocks the page
      })
      .finally(() => {
        loading = null
      })
  }
  return loading
}

export const workKinds: { code: string; label: string }[] = [
  { code: 'CASE_STEP', label: '识别认定' },
  { code: 'VISIT', label: '走访' },
  { code: 'INCOME', label: '收入登记' },
  { code: 'CONTACT_PERSON', label: '联系人' },
  { code: 'MEASURES', label: '帮扶措施' },
  { code: 'CLUE', label: '风险线索' },
]
