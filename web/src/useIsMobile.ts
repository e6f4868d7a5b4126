import { readonly, ref, type Ref } from 'vue'

const QUERY = '(max-width: 767px)'
let state: Ref<boolean> | null = null

/** True below 768 px. One shared matchMedia listener for the whole app. */
export function useIsMobile(): Readonly<Ref<boolean>> {
  if (!state) {
    const mql = window.matchMedia(QUERY)
    const s = ref(mql.matches)
    mql.addEventListener('change', (e) => {
      s.value = e.matches
    })
    state = s
  }
  return readonly(state)
}
