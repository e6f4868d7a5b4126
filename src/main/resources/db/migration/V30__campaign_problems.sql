-- 问题台账: problems found by campaigns, cross-checks (交叉检查), unannounced inspections (暗访), evaluations (考核评估)
-- and others, each with the unit that must rectify it, a deadline, the rectification reported and the closure review
-- by the level above (a village problem closed by its township, a township problem by the county).

create table problem (
    id                  bigserial     primary key,
    -- optional: the campaign that found it (source CAMPAIGN requires one)
    campaign_id         bigint        references campaign (id),
    -- CAMPAIGN, CROSS_CHECK, UNANNOUNCED_INSPECTION, EVALUATION, OTHER
    source              varchar(24)   not null,
    -- IDENTIFICATION_INACCURATE, ASSISTANCE_INADEQUATE, DATA_INACCURATE, VISITS_INADEQUATE, POLICY_NOT_IMPLEMENTED, OTHER
    category            varchar(32)   not null,
    description         varchar(2000) not null,
    -- the region answerable for it (a household's problem is its village's); its level says who rectifies and who closes
    region_code         varchar(12)   not null references region (code),
    household_id        bigint        references household (id),
    responsible_unit    varchar(100)  not null,
    responsible_person  varchar(50),
    -- a user who may also report the rectification (e.g. the grid worker named responsible)
    responsible_username varchar(64),
    deadline            date          not null,
    -- OPEN, RECTIFYING, SUBMITTED, CLOSED
    status              varchar(12)   not null default 'OPEN',
    measures            varchar(2000),
    evidence            varchar(2000),
    -- file names or document references of the evidence, a JSON array of strings
    attachments         json          not null default '[]',
    found_on            date          not null,
    recorded_by         varchar(64)   not null,
    recorded_at         timestamptz   not null default now(),
    closed_on           date,
    -- who reported the latest rectification (a county problem may not be closed by the same person)
    reported_by         varchar(64),
    version             int           not null default 0
);
create index problem_region on problem (region_code, status);
create index problem_campaign on problem (campaign_id) where campaign_id is not null;
create index problem_open_deadline on problem (deadline) where status <> 'CLOSED';

-- every transition of a problem: who, when, with what comment, the status and the changed fields before and after
create table problem_event (
    id            bigserial     primary key,
    problem_id    bigint        not null references problem (id),
    action        varchar(16)   not null,
    actor         varchar(64)   not null,
    role          varchar(24)   not null,
    at            timestamptz   not null,
    comment       varchar(500),
    status_before varchar(12),
    status_after  varchar(12)   not null,
    -- {"before": {...}, "after": {...}} of the fields the step changed
    changes       json          not null default '{}'
);
create index problem_event_problem on problem_event (problem_id, id);
