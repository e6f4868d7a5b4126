-- The household list counts the matches of a search (up to 10,000) and sorts out its page before it reads any whole
-- household. These two indexes answer that from the index alone: a member's name or ID leads to the household's id,
-- whose region (the scope) and number (the default order) come from household_id_cover; a region search reads
-- household_region, which now carries the id.
create index household_id_cover on household (id) include (region_code, household_no);
drop index household_region;
create index household_region on household (region_code, household_no) include (id);
