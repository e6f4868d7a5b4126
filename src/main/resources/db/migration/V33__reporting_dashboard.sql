-- reporting: 统计看板's summary tables (its own data, rebuilt from other modules' tables by the recurring job
-- reporting.dashboard-tally) and indexes for the dashboard's and 规模性返贫风险's reads of other modules' tables.

-- Households per village by type, monitoring status and category ('' for none). Counting the 300,000 households of a
-- county on every request takes about a second; this table has a few rows per village (docs/benchmarks.md).
create table dashboard_household_tally (
    region_code         varchar(12) not null,
    household_type      varchar(24) not null,
    monitoring_status   varchar(24) not null,
    monitoring_category varchar(16) not null default '',
    households          int         not null,
    primary key (region_code, household_type, monitoring_status, monitoring_category)
);

-- Households of running campaigns per village by form status and flag (排查进度).
create table dashboard_campaign_tally (
    campaign_id bigint      not null,
    region_code varchar(12) not null,
    status      varchar(12) not null,
    flagged     boolean     not null,
    households  int         not null,
    primary key (campaign_id, region_code, status, flagged)
);

-- When the two tables were last rebuilt (one row), shown on the dashboard as "截至".
create table dashboard_tally_refresh (
    id           int         primary key check (id = 1),
    refreshed_at timestamptz not null
);

-- 新识别 by month: identifications announced in a period.
create index reporting_case_announced on identification_case (region_code, closed_at) where state = 'ANNOUNCED';
-- 规模性返贫风险: the signals of the last few weeks.
create index reporting_signal_raised on clue_signal (raised_on);
