// 排查表 (campaign screening forms, docs/api.md)
export interface FormAssigned { campaignId: number; campaignName: string; householdId: number; householdNo: string; headName: string | null; regionCode: string; villageName: string | null; householdType: string; monitoringStatus: string; status: 'PENDING' | 'SCREENED'; flagged: boolean; errorCount: number; screenedOn: string | null }
export interface FormMemberAnswer { memberId: number; version: number; labourCapacity: string | null; workPlace: string | null; workMonths: number | null }
export interface FormIncomeAnswer { wageIncome: number | null; businessIncome: number | null; propertyIncome: number | null; transferIncome: number | null; productionExpense: number | null; compliantSelfPaid: number | null }
export interface FormLookBack { incomeStable?: boolean; guaranteesSecure?: boolean; newRisk?: boolean; note: string; proposeRollback: boolean }
export interface FormInput { version: number | null; visitMode: 'IN_PERSON' | 'PHONE'; members: FormMemberAnswer[]; income: FormIncomeAnswer | null; guaranteeGaps: string[]; risks: string[]; difficulties: string; declared: boolean; departmentWarned: boolean; incomeFall: boolean; lookBack: FormLookBack | null; override: { flagged: boolean; reason: string } | null }
export interface FormEvaluation { computedFlag: boolean; reasons: { code: string; name: string; detail: string }[]; flagged: boolean; overrideReason: string | null; checks: { code: string; message: string }[]; blocked: string | null; clueId: number | null; rollbackProposed: boolean }
export interface FormView {
  campaign: { id: number; name: string; year: number; state: string; windowFrom: string; windowTo: string }
  household: { id: number; householdNo: string; regionPath: string; headName: string | null; address: string | null; phoneMasked: string | null; typeLabel: string; categoryLabel: string | null; statusLabel: string; eliminated: boolean }
  members: { id: number; name: string; idNumberMasked: string; age: number; relationLabel: string; healthLabels: string[]; schoolStageLabel: string | null; labourCapacityLabel: string | null }[]
  income: { statementId: number | null; periodStart: string; periodEnd: string; netIncome: number | null; perCapitaIncome: number | null; threshold: number | null; registeredNet: number; registeredPeriods: number }
  lastVisit: { date: string; modeLabel: string; guaranteeGapLabels: string[]; riskLabels: string[]; incomeChangeLabel: string } | null
  contactPersons: { name: string; kindLabel: string; unit: string | null; phoneMasked: string | null }[]
  channels: string[]
  answers: FormInput
  evaluation: FormEvaluation
  submitted: { version: number; screener: string; at: string } | null
}
export interface FormFailing { householdId: number; householdNo: string; headName: string | null; regionCode: string; villageName: string | null; errorCount: number; checks: { code: string; message: string }[]; screener: string }
export interface FormRollback { householdId: number; householdNo: string; headName: string | null; regionCode: string; villageName: string | null; note: string | null; screener: string; screenedOn: string | null }
