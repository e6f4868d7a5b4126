import { request, query } from '../http'
import type { Page, ProblemDetail, ProblemDraft, ProblemOptions, ProblemQuery, ProblemRow, ProblemTownshipCount } from '../types'

function problemFilters(q: Omit<ProblemQuery, 'page' | 'size'>) {
  return { region: q.region, source: q.source, category: q.category, status: q.status, overdue: q.overdue ? 'true' : null, campaign: q.campaign }
}

export const problemApi = {
  options: () => request<ProblemOptions>('GET', '/api/problems/options'),
  list: (q: ProblemQuery) => request<Page<ProblemRow>>('GET', `/api/problems${query({ ...problemFilters(q), page: q.page, size: q.size })}`),
  counts: (q: Omit<ProblemQuery, 'page' | 'size'>) =>
    request<ProblemTownshipCount[]>('GET', `/api/problems/counts${query({ region: q.region, source: q.source, category: q.category, campaign: q.campaign })}`),
  exportUrl: (q: Omit<ProblemQuery, 'page' | 'size'>) => `/api/problems/export.xlsx${query(problemFilters(q))}`,
  get: (id: number | string) => request<ProblemDetail>('GET', `/api/problems/${id}`),
  record: (d: ProblemDraft) => request<ProblemDetail>('POST', '/api/problems', d),
  act: (id: number, body: { action: string; version: number; comment?: string | null; measures?: string; evidence?: string; attachments?: string[] }) =>
    request<ProblemDetail>('POST', `/api/problems/${id}/transitions`, body),
}
