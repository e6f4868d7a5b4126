import { reactive, ref } from 'vue'
import { ElMessage } from 'element-plus'
import { ApiError } from './api'
import { scrollToFirstError, showError, splitFieldErrors } from './errors'

/**
 * The error and saving state of a dialog form that the server validates: a message per form field, the messages
 * the form cannot place (shown above it), and whether a save is under way.
 *
 * `submit` runs the save; on success it closes earlier error messages and says 已保存, on failure it places the
 * server's errors[] on the fields (the rest in `otherErrors`), scrolls to the first one and shows the problem.
 * It resolves to the action's result, or to undefined when the save failed.
 */
export function useServerForm<F extends string>(fields: readonly F[]) {
  const errors = reactive({}) as Partial<Record<F, string>>
  const otherErrors = ref<string[]>([])
  const saving = ref(false)

  function clearErrors(): void {
    for (const f of fields) delete errors[f]
    otherErrors.value = []
  }

  async function submit<T>(action: () => Promise<T>): Promise<T | undefined> {
    saving.value = true
    try {
      const result = await action()
      ElMessage.closeAll('error')
      ElMessage.success('已保存')
      return result
    } catch (e) {
      if (e instanceof ApiError && e.errors.length) {
        const { byField, other } = splitFieldErrors(e.errors, fields)
        Object.assign(errors, byField)
        otherErrors.value = other
        scrollToFirstError()
      }
      showError(e)
      return undefined
    } finally {
      saving.value = false
    }
  }

  return { errors, otherErrors, saving, clearErrors, submit }
}
