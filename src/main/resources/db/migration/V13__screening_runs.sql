-- screening: batch runs (and what-if runs, which raise nothing) with their per-household results.
create table screening_run (
    id                bigserial    primary key,
    region_code       varchar(12)  not null,
    as_of             date         not null,
    kind              varchar(12)  not null,          -- RUN or WHAT_IF
    status            varchar(12)  not null,          -- QUEUED, RUNNING, DONE, FAILED, REFUSED
    trigger           varchar(12)  not null,          -- MANUAL or SCHEDULE
    candidate         jsonb,                          -- what-if: the threshold and rules tried
    profile_names     text,
    total             int          not null default 0,
    processed         int          not null default 0,
    flagged           int          not null default 0,
    baseline_flagged  int          not null default 0,
    new_signals       int          not null default 0,
    message           text,
    started_by        varchar(64)  not null,
    created_at        timestamptz  not null default now(),
    started_at        timestamptz,
    finished_at       timestamptz
);
create index screening_run_region on screening_run (region_code, id desc);

create table screening_result (
    run_id       bigint       not null references screening_run (id) on delete cascade,
    household_id bigint       not null,
    region_code  varchar(12)  not null,
    flagged      boolean      not null,
    baseline     boolean      not null default false,  -- what-if: flagged under the profile in force
    rule_codes   text[]       not null default '{}',
    findings     jsonb        not null default '[]',
    primary key (run_id, household_id)
);
create index screening_result_region on screening_result (run_id, region_code);
