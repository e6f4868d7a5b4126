import { reactive, ref } from 'vue'
import { api, type EnumKind, type EnumOption, type Enums, type Me } from './api'

/** The logged-in user, or null. */
export const session = reactive<{ me: Me | null }>({ me: null })

export function can(permission: string): boolean {
  return !!session.me?.permissions?.includes(permission)
}

/** Loads the current user; false when not logged in. */
export async function loadMe(): Promise<boolean> {
  try {
    session.me = await api.me()
    return true
  } catch {
    session.me = null
    return false
  }
}

const emptyEnums = (): Enums => ({
  relation: [],
  education: [],
  schoolStage: [],
  health: [],
  disabilityCategory: [],
  labourCapacity: [],
  medicalInsurance: [],
  pensionInsurance: [],
  householdType: [],
  monitoringCategory: [],
  monitoringStatus: [],
  sex: [],
  role: [],
  department: [],
})

/** Labels from GET /api/enums; never hard-coded. */
export const enums = reactive<Enums>(emptyEnums())
let enumsPromise: Promise<void> | null = null

export function loadEnums(): Promise<void> {
  if (!enumsPromise) {
    enumsPromise = api
      .enums()
      .then((e) => {
        for (const k of Object.keys(e) as EnumKind[]) enums[k] = (e[k] ?? []) as EnumOption[]
      })
      .catch((err) => {
        enumsPromise = null
        throw err
      })
  }
  return enumsPromise
}

export function enumLabel(kind: EnumKind, code: string | null | undefined): string {
  if (!code) return ''
  return enums[kind].find((o) => o.code === code)?.label ?? code
}

/** The region picked in the side tree; filters the household list. */
export const selectedRegion = ref<{ code: string; name: string } | null>(null)
