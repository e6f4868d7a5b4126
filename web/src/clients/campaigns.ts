import { request, query } from '../http'
import type { Campaign, CampaignInput, CampaignPolicy, CampaignProgress, CampaignHouseholdPage, CampaignAssignments, CampaignSummary } from '../types'

export const campaignApi = {
  list: () => request<Campaign[]>('GET', '/api/campaigns'),
  get: (id: number) => request<Campaign>('GET', `/api/campaigns/${id}`),
  create: (body: CampaignInput) => request<Campaign>('POST', '/api/campaigns', body),
  update: (id: number, body: CampaignInput) => request<Campaign>('PUT', `/api/campaigns/${id}`, body),
  start: (id: number, version: number) => request<Campaign>('POST', `/api/campaigns/${id}/start`, { version }),
  close: (id: number, version: number) => request<Campaign>('POST', `/api/campaigns/${id}/close`, { version }),
  policy: (id: number) => request<CampaignPolicy>('GET', `/api/campaigns/${id}/policy`),
  progress: (id: number, region: string | null) =>
    request<CampaignProgress>('GET', `/api/campaigns/${id}/progress${query({ region })}`),
  households: (id: number, q: { status?: string | null; region?: string | null; screener?: string | null; page: number; size: number }) =>
    request<CampaignHouseholdPage>('GET', `/api/campaigns/${id}/households${query(q)}`),
  assignments: (id: number) => request<CampaignAssignments>('GET', `/api/campaigns/${id}/assignments`),
  assign: (id: number, regionCode: string, username: string) =>
    request<CampaignAssignments>('POST', `/api/campaigns/${id}/assignments`, { regionCode, username }),
  reassignHousehold: (id: number, householdId: number, username: string) =>
    request<unknown>('PUT', `/api/campaigns/${id}/households/${householdId}/screener`, { username }),
  reassignVillage: (id: number, regionCode: string, fromUsername: string | null, toUsername: string) =>
    request<{ moved: number }>('POST', `/api/campaigns/${id}/screeners/reassign`, { regionCode, fromUsername, toUsername }),
  summary: (id: number) => request<CampaignSummary>('GET', `/api/campaigns/${id}/summary`),
}
export const unscreenedExportUrl = (id: number, region: string | null) =>
  `/api/campaigns/${id}/unscreened.xlsx${query({ region })}`
export const summaryXlsxUrl = (id: number) => `/api/campaigns/${id}/summary.xlsx`
export const summaryPrintUrl = (id: number) => `/api/campaigns/${id}/summary/print`
// 标准台账: catalogue, paged preview and the .xlsx export (a plain link, so the browser streams it to disk)
