import { ref } from 'vue'
import { api, type VisitOptions } from './api'
import { session } from './store'

/** GET /api/visits/options, loaded once per signed-in user: the form's labels and whether the user may record visits. */
export const visitOptions = ref<VisitOptions | null>(null)
let loadedFor: string | null = null
let pending: Promise<VisitOptions | null> | null = null

export function loadVisitOptions(): Promise<VisitOptions | null> {
  const user = session.me?.username ?? null
  if (user !== loadedFor) {
    visitOptions.value = null
    pending = null
  }
  if (!pending) {
    loadedFor = user
    pending = api
      .visitOptions()
      .then((o) => (visitOptions.value = o))
      .catch(() => {
        pending = null
        return null
      })
  }
  return pending
}
