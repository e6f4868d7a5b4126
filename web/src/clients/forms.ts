import { request } from '../http'
import type { FormAssigned, FormView, FormInput, FormEvaluation, FormFailing, FormRollback } from '../types'

/** 排查表 (docs/api.md, campaign module). */
export const formsApi = {
  mine: (status?: string) => request<FormAssigned[]>('GET', `/api/campaigns/mine${status ? `?status=${status}` : ''}`),
  open: (c: number | string, h: number | string) => request<FormView>('GET', `/api/campaigns/${c}/households/${h}/form`),
  preview: (c: number | string, h: number | string, body: FormInput) =>
    request<FormEvaluation>('POST', `/api/campaigns/${c}/households/${h}/form/preview`, body),
  submit: (c: number | string, h: number | string, body: FormInput) =>
    request<FormView>('PUT', `/api/campaigns/${c}/households/${h}/form`, body),
  checks: (c: number | string, region?: string) =>
    request<FormFailing[]>('GET', `/api/campaigns/${c}/checks${region ? `?region=${region}` : ''}`),
  rollbacks: (c: number | string, region?: string) =>
    request<FormRollback[]>('GET', `/api/campaigns/${c}/rollback-proposals${region ? `?region=${region}` : ''}`),
}
