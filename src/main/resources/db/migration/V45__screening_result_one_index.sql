-- Every reader of screening_result takes a run's rows of a region (the result list and its export by region code
-- range, the what-if comparison by child region, the campaign start by region): one index on (run, region,
-- household) serves them all. The primary key on (run, household) and the separate (run, region) index meant two
-- index entries for each of the tens of thousands of rows a county's run writes. A household is screened once per
-- run, in its one village, so (run, region, household) is unique exactly when (run, household) is.
alter table screening_result drop constraint screening_result_pkey;
drop index screening_result_region;
alter table screening_result add primary key (run_id, region_code, household_id);
