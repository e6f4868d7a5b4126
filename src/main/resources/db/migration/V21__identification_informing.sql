-- identification: 告知申请人 after 不予纳入. A NOT_INCLUDED case with informed_on null is pending work for its village
-- (the inbox reads it from here); the step itself, with how and by whom, is in identification_step (step INFORM).
alter table identification_case add column informed_on date;
create index identification_case_uninformed on identification_case (region_code)
    where state = 'NOT_INCLUDED' and informed_on is null;
-- The nightly sweep rewrites swept_on on every open case; free room in each page lets PostgreSQL update in place (HOT)
-- when no indexed column changes, which is most cases on most nights.
alter table identification_case set (fillfactor = 80);
