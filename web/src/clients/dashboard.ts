import { request, query } from '../http'
import type { DashboardCompliance, DashboardView, RiskClusterReport } from '../types'

export const dashboardApi = {
  view: (region: string | null, from: string | null, to: string | null) =>
    request<DashboardView>('GET', `/api/dashboard${query({ region, from, to })}`),
  compliance: (region: string | null, from: string | null, to: string | null) =>
    request<DashboardCompliance>('GET', `/api/dashboard/compliance${query({ region, from, to })}`),
  clusters: (region: string | null, days: number | null, min: number | null) =>
    request<RiskClusterReport>('GET', `/api/dashboard/risk-clusters${query({ region, days, min })}`),
}
