import { request, query } from '../http'
import type { LedgerInfo, LedgerKind, LedgerPage } from '../types'

export interface LedgerQuery {
  region?: string | null
  from?: string | null
  to?: string | null
  reveal?: boolean
}

function ledgerParams(q: LedgerQuery) {
  return { region: q.region, from: q.from, to: q.to, reveal: q.reveal ? 'true' : null }
}

export const ledgerApi = {
  catalogue: () => request<LedgerInfo[]>('GET', '/api/ledgers'),
  page: (kind: LedgerKind, q: LedgerQuery, page: number, size: number) =>
    request<LedgerPage>('GET', `/api/ledgers/${kind}${query({ ...ledgerParams(q), page, size })}`),
}

export const ledgerExportUrl = (kind: LedgerKind, q: LedgerQuery) => `/api/ledgers/${kind}.xlsx${query(ledgerParams(q))}`
