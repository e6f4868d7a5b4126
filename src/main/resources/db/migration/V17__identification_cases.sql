-- identification (识别认定): one case per household procedure, and every transition of it.
create table identification_case (
    id                 bigserial    primary key,
    household_id       bigint       not null references household (id),
    region_code        varchar(12)  not null,
    clue_id            bigint       references risk_clue (id),
    state              varchar(24)  not null,
    suggested_category varchar(16),
    category           varchar(16),
    risk_types         jsonb        not null default '[]',
    outcome_reason     text,
    -- the household's monitoring status before the case, restored when it ends 不予纳入
    status_before      varchar(24)  not null,
    opened_at          timestamptz  not null,
    closed_at          timestamptz,
    version            int          not null default 0
);
-- One open case per household: the clue listener and a clerk opening by hand cannot both succeed.
create unique index identification_case_open on identification_case (household_id)
    where state not in ('ANNOUNCED', 'NOT_INCLUDED');
create index identification_case_region on identification_case (region_code, state);

create table identification_step (
    id           bigserial    primary key,
    case_id      bigint       not null references identification_case (id),
    seq          int          not null,
    step         varchar(24)  not null,
    actor        varchar(64)  not null,
    actor_role   varchar(24)  not null,
    at           timestamptz  not null,
    comment      text,
    state_before varchar(24)  not null,
    state_after  varchar(24)  not null,
    details      jsonb        not null default '{}',
    unique (case_id, seq)
);
