-- campaign lifecycle: when and by whom a campaign started and closed (the summary counts what happened in between),
-- and the campaign's own audit trail (every state change, 包片 and household reassignment: who, when, before, after).
alter table campaign add column started_at timestamptz;
alter table campaign add column started_by varchar(64);
alter table campaign add column closed_at  timestamptz;
alter table campaign add column closed_by  varchar(64);

create table campaign_event (
    id           bigserial    primary key,
    campaign_id  bigint       not null references campaign (id),
    -- CREATED, UPDATED, STARTED, CLOSED, REGION_ASSIGNED, SCREENER_REASSIGNED
    action       varchar(24)  not null,
    actor        varchar(64)  not null,
    at           timestamptz  not null default now(),
    -- what before and what after, e.g. {"householdId": 7, "from": "a", "to": "b"}
    detail       jsonb        not null default '{}'
);
create index campaign_event_campaign on campaign_event (campaign_id, id);

-- 不落一户 lists the pending households of one village or screener, newest first; progress groups by region.
create index campaign_household_pending on campaign_household (campaign_id, status, region_code, household_id);
