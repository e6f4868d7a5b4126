-- reporting: indexes for 统计看板 and 规模性返贫风险 on other modules' tables (reporting reads them, never writes them).

-- 统计看板: households of a region range by type, status and category, read from the index alone (no heap visit for
-- the 300,000 households of a county).
create index reporting_household_dashboard on household (region_code, household_type, monitoring_status, monitoring_category);
-- 统计看板 / 排查进度: a running campaign's households of a region range by status and flag, from the index alone.
create index reporting_campaign_household_progress on campaign_household (campaign_id, region_code, status, flagged);
-- 新识别 by month: identifications announced in a period.
create index reporting_case_announced on identification_case (region_code, closed_at) where state = 'ANNOUNCED';
-- 规模性返贫风险: the signals of the last few weeks.
create index reporting_signal_raised on clue_signal (raised_on);
