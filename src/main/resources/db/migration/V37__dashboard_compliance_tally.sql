-- 统计看板's deadline-compliance headline for the year so far, per village and metric (the eight figures of 时限监测:
-- met, counted and still pending clocks), kept by the dashboard job with the other tallies. Judging a county's year
-- of clocks per request took a second or more; the headline now sums a few rows per village. Other periods are
-- still judged on request.
create table dashboard_compliance_tally (
    region_code  varchar(12) not null,
    metric       smallint    not null,
    met          int         not null,
    counted      int         not null,
    pending      int         not null,
    primary key (region_code, metric)
);

-- The period the compliance rows cover and the day their clocks were judged on; they serve only that period and day.
alter table dashboard_tally_refresh add column compliance_from date;
alter table dashboard_tally_refresh add column compliance_to date;
alter table dashboard_tally_refresh add column compliance_judged_on date;
alter table dashboard_tally_refresh add column compliance_at timestamptz;
