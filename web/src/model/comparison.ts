/** 信息比对结果导入: the answer to one upload (POST /api/cases/comparisons). */
export type ComparisonResult = 'APPLIED' | 'UNCHANGED' | 'REFUSED'
export interface ComparisonItem {
  row: number
  idNumberMasked: string | null
  householdNo: string | null
  caseId: number | null
  result: ComparisonResult
  resultLabel: string
  code: string | null
  message: string
}
export interface ComparisonImport {
  rows: number
  applied: number
  unchanged: number
  refused: number
  items: ComparisonItem[]
  reportId: string | null
}
