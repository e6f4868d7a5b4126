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

-- 规模性返贫风险: the kinds of each clue signal (RULE:<rule code>, RISK:<risk type label>), added by the same job for the
-- signals it has not seen yet; working them out of the signals' JSON on every request took most of a second.
create table dashboard_signal_kind (
    signal_id bigint      not null,
    clue_id   bigint      not null,
    kind      varchar(80) not null,
    raised_on date        not null,
    primary key (signal_id, kind)
);
create index dashboard_signal_kind_raised on dashboard_signal_kind (raised_on);

-- When the tables were last rebuilt (one row), shown on the dashboard as "截至", and the highest signal id seen.
create table dashboard_tally_refresh (
    id               int         primary key check (id = 1),
    refreshed_at     timestamptz not null,
    signal_watermark bigint      not null default 0
);

-- 新识别 by month: identifications announced in a period.
create index reporting_case_announced on identification_case (region_code, closed_at) where state = 'ANNOUNCED';
