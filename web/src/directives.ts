import type { Directive } from 'vue'

const observers = new WeakMap<HTMLElement, MutationObserver>()

function apply(el: HTMLElement, id: string) {
  el.querySelectorAll<HTMLElement>('tbody tr.el-table__row').forEach((tr) => {
    if (tr.getAttribute('data-testid') !== id) tr.setAttribute('data-testid', id)
  })
}

/**
 * v-row-testid="'household-row'" on an el-table puts data-testid on every body row
 * (el-table offers no row attribute hook). Follows re-renders with a MutationObserver.
 */
export const vRowTestid: Directive<HTMLElement, string> = {
  mounted(el, binding) {
    apply(el, binding.value)
    const observer = new MutationObserver(() => apply(el, binding.value))
    observer.observe(el, { childList: true, subtree: true })
    observers.set(el, observer)
  },
  unmounted(el) {
    observers.get(el)?.disconnect()
    observers.delete(el)
  },
}
