-- assistance: the contact-person clock beside the measures clock, one current contact person per kind, and the
-- record of every change to contact persons, plans and measures (who, when, before, after).

-- 监测联系人应于此日前明确: the profile's CONTACT_PERSON step (5 working days by default) from identification or
-- from the opening of the 绿色通道; reporting reads it for "contact persons within their limits".
alter table assistance_plan add column contact_due date;
-- the risk types the starting event named (a 绿色通道 case has them before the county decision writes the case's)
alter table assistance_plan add column risk_types varchar(300) not null default '';

-- One current person per kind and household: a second click on 保存 or two clerks at once cannot both assign one.
create unique index contact_person_current_kind on contact_person (household_id, kind) where ended_on is null;
alter table contact_person add column ended_by varchar(64);

create table assistance_change (
    id           bigserial    primary key,
    household_id bigint       not null references household (id),
    -- CONTACT_PERSON, PLAN or MEASURE
    entity       varchar(16)  not null,
    entity_id    bigint       not null,
    -- ASSIGNED, ENDED, CREATED, RESTARTED, ADDED, CHANGED
    action       varchar(16)  not null,
    before_value text,
    after_value  text,
    actor        varchar(64)  not null,
    at           timestamptz  not null default now()
);
create index assistance_change_household on assistance_change (household_id, at desc);
