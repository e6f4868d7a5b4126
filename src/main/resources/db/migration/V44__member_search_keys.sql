-- A name search must know each matching member's household village (the user's scope) and household number (the
-- list's order). A common two-character prefix matches about 1,500 members, and looking each one up in household cost
-- 1,500 index probes per request. The member row now carries copies of both, its search keys, so the name index
-- answers the scope, the count and the page alone; only the page's 20 households are read whole.
--
-- The columns have names of their own (not region_code, household_no) so that no query joining member and household
-- becomes ambiguous.
--
-- The database keeps the copies right, whoever writes:
-- * The foreign key is on (household_id, search_region_code, search_household_no): no member can carry another
--   village or number than its household's. Its ON UPDATE CASCADE carries a household's move to another village, or a
--   corrected household number, to all its members (removed members included).
-- * A trigger fills both for an insert that leaves them out (test fixtures, hand-written SQL). The import and the form
--   write them themselves with COPY; the trigger's WHEN clause is false there, so no function runs per row (COPY of a
--   million members took the same time with and without it).
alter table member add column search_region_code varchar(12), add column search_household_no varchar(32);
update member m set search_region_code = h.region_code, search_household_no = h.household_no
from household h where h.id = m.household_id;
alter table member alter column search_region_code set not null, alter column search_household_no set not null;

-- The key the foreign key refers to; it also serves as V43's household_id_cover did (id first, village and number in
-- the index), which it replaces.
create unique index household_search_key on household (id, region_code, household_no);
drop index household_id_cover;
alter table member drop constraint member_household_id_fkey;
alter table member add constraint member_household_search_key foreign key (household_id, search_region_code, search_household_no)
    references household (id, region_code, household_no) on update cascade;

create function member_search_keys() returns trigger language plpgsql as $$
begin
    select h.region_code, h.household_no into new.search_region_code, new.search_household_no
    from household h where h.id = new.household_id;
    return new;
end
$$;
create trigger member_search_keys before insert on member for each row
    when (new.search_region_code is null or new.search_household_no is null) execute function member_search_keys();

drop index member_name_prefix;
create index member_name_prefix on member (name text_pattern_ops) include (household_id, search_region_code, search_household_no)
    where removed_at is null;
