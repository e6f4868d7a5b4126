import { ElMessage } from 'element-plus'
import { ApiError, type FieldError } from './api'

/** Shows the server's problem detail (or title) as a message; 401 is handled by the redirect. */
export function showError(e: unknown): void {
  if (e instanceof ApiError) {
    if (e.status === 401) return
    ElMessage.error(e.detail || e.title || e.message)
  } else {
    ElMessage.error(e instanceof Error ? e.message : String(e))
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
