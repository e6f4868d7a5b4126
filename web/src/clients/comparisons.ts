import { request } from '../http'
import type { ComparisonImport } from '../types'

export const comparisonApi = {
  upload: (file: File) => {
    const form = new FormData()
    form.append('file', file)
    return request<ComparisonImport>('POST', '/api/cases/comparisons', form)
  },
  templateUrl: (ext: 'xlsx' | 'csv') => `/api/cases/comparisons/template.${ext}`,
  reportUrl: (reportId: string) => `/api/cases/comparisons/${encodeURIComponent(reportId)}/errors.xlsx`,
}
