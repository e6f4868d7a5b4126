import { nextTick } from 'vue'
import { ElMessage } from 'element-plus'
import { ApiError, type FieldError } from './api'

/**
 * Shows the server's problem detail (or title) as a message; 401 is handled by the redirect.
 * Repeats of the same message are grouped (a counter) instead of stacking over the form.
 */
export function showError(e: unknown): void {
  if (e instanceof ApiError) {
    if (e.status === 401) return
    ElMessage.error({ message: e.detail || e.title || e.message, grouping: true })
  } else {
    ElMessage.error({ message: e instanceof Error ? e.message : String(e), grouping: true })
  }
}

/**
 * Splits errors[] into messages per form field (keyed by the first path segment,
 * so "health[0]" lands on "health") and the rest, which the form cannot place.
 */
export function splitFieldErrors(
  errors: FieldError[],
  known: readonly string[],
): { byField: Record<string, string>; other: string[] } {
  const byField: Record<string, string> = {}
  const other: string[] = []
  for (const err of errors) {
    const key = (err.field ?? '').split(/[.[]/)[0]
    if (known.includes(key)) byField[key] = byField[key] ? `${byField[key]}；${err.message}` : err.message
    else other.push(err.message)
  }
  return { byField, other }
}

/**
 * After a failed save, scrolls the first visible error of the open dialog into view: on a phone the full-screen
 * form scrolls, and the faulty field may be far from the 保存 button. Element Plus shows a form item's error
 * 100 ms after it is set (a debounce), so the error is looked for during a short moment.
 */
export async function scrollToFirstError(): Promise<void> {
  await nextTick()
  for (let i = 0; i < 30; i++) {
    const first = [...document.querySelectorAll<HTMLElement>('.el-dialog .other-errors, .el-dialog .field-error')].find(
      (el) => el.offsetParent !== null,
    )
    if (first) {
      // The whole form item (label, input, message), and only as far as needed: nothing moves when it is in view.
      const item = first.closest<HTMLElement>('.el-form-item') ?? first
      item.scrollIntoView({ block: 'nearest' })
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}
