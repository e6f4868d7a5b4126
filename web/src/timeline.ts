// What StepTimeline draws: a procedure's steps (识别认定, 风险消除) with their clocks, or the events of a clue.

export interface StepClock {
  due: string | null
  days: number
  working: boolean
  dueSoon: boolean
  overdue: boolean
  late: boolean
}

/** A step as recorded: who did it, when, with what comment and what details. */
export interface StepRecordLike {
  at: string
  actor: string
  roleLabel: string
  comment: string | null
  details: Record<string, unknown> | null
}

export interface TimelineStep {
  key: string
  /** The step's name in bold; absent for a plain event line, which is drawn without state colours. */
  label?: string
  /** When it was done; a step without it is still to come. */
  at?: string
  /** "actor（role）：comment" under the head. */
  by?: string
  /** A one-line account instead of a head (a clue's events). */
  text?: string
  details?: { key: string; value: string }[]
  clock?: StepClock
  /** Whether to show "应于 … 前完成": the pages differ on closed procedures. */
  showDue?: boolean
}

/** One procedure step from its record (when done) and its clock; {@code rows} turns the record's details into lines. */
export function procedureStep(
  key: string,
  label: string,
  record: StepRecordLike | undefined,
  clock: StepClock | undefined,
  rows: (d: Record<string, unknown> | null) => { key: string; value: string }[],
  showDue: boolean,
): TimelineStep {
  return {
    key,
    label,
    at: record?.at,
    by: record ? `${record.actor}（${record.roleLabel}）${record.comment ? '：' + record.comment : ''}` : undefined,
    details: record ? rows(record.details) : [],
    clock,
    showDue,
  }
}
