-- elimination (风险消除): one case per elimination procedure, the rollback (风险消除回退) and removal (监测对象清退)
-- requests, and every transition of either. Nothing is deleted: an eliminated household keeps its record.
create table elimination_case (
    id              bigserial    primary key,
    household_id    bigint       not null references household (id),
    region_code     varchar(12)  not null,
    -- ASSISTED (帮扶消除) or NATURAL (自然消除)
    method          varchar(16)  not null,
    state           varchar(24)  not null,
    -- the eligibility check as it stood when proposed (reasons with figures), so the decision can be audited later
    eligibility     jsonb        not null,
    outcome_reason  text,
    -- the announcement day: the household's 风险消除 date
    eliminated_on   date,
    opened_at       timestamptz  not null,
    closed_at       timestamptz,
    version         int          not null default 0,
    -- kept by EliminationSweep: the earliest pending step's due date and step, and OK, DUE_SOON or OVERDUE
    next_due        date,
    next_due_step   varchar(24),
    due_state       varchar(10)  not null default 'OK',
    swept_on        date
);
-- One procedure at a time per household: two clerks proposing at once cannot both succeed.
create unique index elimination_case_open on elimination_case (household_id) where closed_at is null;
create index elimination_case_region on elimination_case (region_code, state);
create index elimination_case_due on elimination_case (region_code, due_state) where closed_at is null;

-- A written request to roll back an elimination (ROLLBACK) or to remove a wrongly included household (REMOVAL),
-- decided by the county.
create table elimination_request (
    id              bigserial    primary key,
    household_id    bigint       not null references household (id),
    region_code     varchar(12)  not null,
    kind            varchar(10)  not null check (kind in ('ROLLBACK', 'REMOVAL')),
    reason_code     varchar(24)  not null,
    reasons         text         not null,
    -- the written request: document number or file reference
    document        varchar(200) not null,
    state           varchar(12)  not null,
    -- the household's monitoring status when requested, and its category, restored on a rollback
    status_before   varchar(24)  not null,
    category_before varchar(16),
    requested_at    timestamptz  not null,
    decided_at      timestamptz,
    version         int          not null default 0
);
create unique index elimination_request_pending on elimination_request (household_id) where state = 'REQUESTED';
create index elimination_request_region on elimination_request (region_code, state);

-- Every transition of a case (subject CASE) or a request (subject REQUEST): who, when, comment, state before and after.
create table elimination_step (
    id           bigserial    primary key,
    subject      varchar(8)   not null check (subject in ('CASE', 'REQUEST')),
    subject_id   bigint       not null,
    seq          int          not null,
    step         varchar(24)  not null,
    actor        varchar(64)  not null,
    actor_role   varchar(24)  not null,
    at           timestamptz  not null,
    comment      text,
    state_before varchar(24)  not null,
    state_after  varchar(24)  not null,
    details      jsonb        not null default '{}',
    unique (subject, subject_id, seq)
);
