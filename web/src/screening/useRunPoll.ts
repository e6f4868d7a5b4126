import { onBeforeUnmount, ref } from 'vue'
import { api, type ScreeningRun } from '../api'
import { showError } from '../errors'

export const running = (r: ScreeningRun | null) => !!r && (r.status === 'QUEUED' || r.status === 'RUNNING')

/**
 * Follows one run: polls it every second while it is queued or running, and stops when it ends, when another run is
 * followed, or when the page is left (the run itself goes on on the server and can be opened again later).
 */
export function useRunPoll(onFinished?: (r: ScreeningRun) => void) {
  const run = ref<ScreeningRun | null>(null)
  let timer: ReturnType<typeof setTimeout> | undefined
  let followed = 0

  function stop() {
    clearTimeout(timer)
    timer = undefined
  }

  async function tick(id: number, token: number) {
    try {
      const r = await api.run(id)
      if (token !== followed) return
      run.value = r
      if (running(r)) timer = setTimeout(() => tick(id, token), 1000)
      else onFinished?.(r)
    } catch (e) {
      showError(e)
    }
  }

  function follow(r: ScreeningRun) {
    stop()
    const token = ++followed
    run.value = r
    if (running(r)) timer = setTimeout(() => tick(r.id, token), 1000)
    else onFinished?.(r)
  }

  onBeforeUnmount(() => {
    followed++
    stop()
  })
  return { run, follow, stop }
}

export const STATUS_TAG: Record<string, { label: string; type: 'info' | 'primary' | 'success' | 'warning' | 'danger' }> = {
  QUEUED: { label: '排队中', type: 'info' },
  RUNNING: { label: '运行中', type: 'primary' },
  DONE: { label: '已完成', type: 'success' },
  FAILED: { label: '失败', type: 'danger' },
  REFUSED: { label: '已拒绝', type: 'warning' },
}
