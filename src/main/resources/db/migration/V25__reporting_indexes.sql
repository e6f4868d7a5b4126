-- reporting: indexes for the read models of 我的待办 and 时限监测 on other modules' tables (reporting reads them and
-- never writes them). Each names the query it serves; names carry the reporting_ prefix.

-- 我的待办 / counts: schedules that are due soon or overdue, per region range (the OK majority stays out of the index).
create index reporting_follow_due_state on follow_schedule (region_code, due_state) where active and due_state <> 'OK';
-- Missing contact persons and measures: the monitored households of a region range.
create index reporting_household_risk_active on household (region_code) where monitoring_status = 'RISK_ACTIVE';
-- The announcement day of a household's identification.
create index reporting_case_household on identification_case (household_id, state);
-- "5天内发现、10天内处理": the case opened from a clue.
create index reporting_case_clue on identification_case (clue_id) where clue_id is not null;
-- 时限监测: cases opened and announced in a period, clues raised in a period, visits made in a period.
create index reporting_case_opened on identification_case (region_code, opened_at);
create index reporting_clue_opened on risk_clue (region_code, opened_on);
create index reporting_visit_region_date on visit (region_code, visit_date);
-- 联系人按时落实: the first contact person of a household since its case opened (ended ones count too).
create index reporting_contact_household_start on contact_person (household_id, start_on);
