import { computed, ref } from 'vue'

/** One region drilled into: its code and the name shown in the breadcrumb. */
export interface Crumb {
  code: string
  name: string
}

/**
 * The regions a report page has drilled into, county first (empty: the user's own scope, named `rootName`), for the
 * pages that go from county to township to village by clicking a row: 统计看板 and 时限监测. `reload` reads the
 * page again for the region at the end of the trail.
 */
export function useDrillTrail(reload: () => void) {
  const trail = ref<Crumb[]>([])
  const rootName = ref('')
  const region = computed(() => (trail.value.length ? trail.value[trail.value.length - 1].code : null))

  /** Remembers the name of the user's own scope from the first answer, read while nothing is drilled into. */
  function nameRoot(name: string) {
    if (!trail.value.length) rootName.value = name
  }

  function into(row: { regionCode: string; regionName: string }) {
    trail.value = [...trail.value, { code: row.regionCode, name: row.regionName }]
    reload()
  }

  /** Back to the crumb at `index` (0: the user's own scope). */
  function back(index: number) {
    trail.value = trail.value.slice(0, index)
    reload()
  }

  return { trail, rootName, region, nameRoot, into, back }
}
