-- Campaign progress per village, kept exact by statement triggers on campaign_household, so that a county's progress
-- (300,000 households) reads a few hundred rows instead of counting every household on every request. The triggers
-- see each statement's rows once (transition tables): starting a campaign adds its whole scope in one upsert, a
-- submitted form moves one household from pending to screened.
create table campaign_village_tally (
    campaign_id  bigint       not null,
    region_code  varchar(12)  not null,
    total        int          not null default 0,
    screened     int          not null default 0,
    flagged      int          not null default 0,
    with_errors  int          not null default 0,
    primary key (campaign_id, region_code)
);

create function campaign_village_tally_apply() returns trigger language plpgsql as $$
begin
    insert into campaign_village_tally as t (campaign_id, region_code, total, screened, flagged, with_errors)
    select campaign_id, region_code, sum(sign), coalesce(sum(sign) filter (where status = 'SCREENED'), 0),
           coalesce(sum(sign) filter (where flagged), 0), coalesce(sum(sign) filter (where error_count > 0), 0)
    from (select campaign_id, region_code, status, flagged, error_count, 1 as sign from new_rows
          union all
          select campaign_id, region_code, status, flagged, error_count, -1 from old_rows) d
    group by 1, 2
    -- a reassignment of screeners changes no count: nothing to write
    having sum(sign) <> 0 or coalesce(sum(sign) filter (where status = 'SCREENED'), 0) <> 0
        or coalesce(sum(sign) filter (where flagged), 0) <> 0
        or coalesce(sum(sign) filter (where error_count > 0), 0) <> 0
    on conflict (campaign_id, region_code) do update
        set total = t.total + excluded.total,
            screened = t.screened + excluded.screened,
            flagged = t.flagged + excluded.flagged,
            with_errors = t.with_errors + excluded.with_errors;
    return null;
end $$;

-- Inserts and deletes have one transition table each, so they get their own, simpler functions.
create function campaign_village_tally_ins() returns trigger language plpgsql as $$
begin
    insert into campaign_village_tally as t (campaign_id, region_code, total, screened, flagged, with_errors)
    select campaign_id, region_code, count(*), count(*) filter (where status = 'SCREENED'),
           count(*) filter (where flagged), count(*) filter (where error_count > 0)
    from new_rows group by 1, 2
    on conflict (campaign_id, region_code) do update
        set total = t.total + excluded.total, screened = t.screened + excluded.screened,
            flagged = t.flagged + excluded.flagged, with_errors = t.with_errors + excluded.with_errors;
    return null;
end $$;

create function campaign_village_tally_del() returns trigger language plpgsql as $$
begin
    update campaign_village_tally t
       set total = t.total - d.total, screened = t.screened - d.screened, flagged = t.flagged - d.flagged,
           with_errors = t.with_errors - d.with_errors
      from (select campaign_id, region_code, count(*) as total, count(*) filter (where status = 'SCREENED') as screened,
                   count(*) filter (where flagged) as flagged, count(*) filter (where error_count > 0) as with_errors
              from old_rows group by 1, 2) d
     where t.campaign_id = d.campaign_id and t.region_code = d.region_code;
    return null;
end $$;

create trigger campaign_household_tally_ins after insert on campaign_household
    referencing new table as new_rows for each statement execute function campaign_village_tally_ins();
create trigger campaign_household_tally_upd after update on campaign_household
    referencing old table as old_rows new table as new_rows for each statement execute function campaign_village_tally_apply();
create trigger campaign_household_tally_del after delete on campaign_household
    referencing old table as old_rows for each statement execute function campaign_village_tally_del();

insert into campaign_village_tally (campaign_id, region_code, total, screened, flagged, with_errors)
select campaign_id, region_code, count(*), count(*) filter (where status = 'SCREENED'), count(*) filter (where flagged),
       count(*) filter (where error_count > 0)
from campaign_household group by 1, 2;
