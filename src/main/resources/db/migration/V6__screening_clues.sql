-- screening: the clue inbox. One open clue per household gathers the signals of every channel.
create table risk_clue (
    id                bigserial    primary key,
    region_code       varchar(12)  not null,
    household_id      bigint       references household (id),
    -- for signals that could not be matched to a household (e.g. a self-declaration by someone not in the ledger)
    subject_name      varchar(50),
    subject_id_number varchar(18),
    status            varchar(16)  not null default 'OPEN',
    already_monitored boolean      not null default false,
    opened_on         date         not null,
    due_on            date,
    outcome           varchar(24),
    outcome_reason    varchar(40),
    outcome_note      text,
    decided_by        varchar(64),
    decided_at        timestamptz,
    version           int          not null default 0,
    created_at        timestamptz  not null default now()
);
create unique index risk_clue_open_household on risk_clue (household_id) where status = 'OPEN' and household_id is not null;
create index risk_clue_region on risk_clue (region_code, status, due_on);

create table clue_signal (
    id          bigserial    primary key,
    clue_id     bigint       not null references risk_clue (id),
    channel     varchar(24)  not null,
    source      text,
    source_ref  varchar(120),
    rule_code   varchar(64),
    reason      text         not null,
    rule_values jsonb        not null default '{}',
    raised_on   date         not null,
    raised_at   timestamptz  not null default now(),
    dedup_key   varchar(200) not null unique
);
create index clue_signal_clue on clue_signal (clue_id);

-- Facts sent by departments (feeds) about members, kept so rules can read them in every later screening run.
create table risk_fact (
    id           bigserial    primary key,
    household_id bigint       not null references household (id),
    member_id    bigint,
    department   varchar(24)  not null,
    kind         varchar(40)  not null,
    fact_date    date,
    amount       numeric(14, 2),
    fields       jsonb        not null default '{}',
    source_ref   varchar(120),
    source       text,
    dedup_key    varchar(200) not null unique,
    received_at  timestamptz  not null default now()
);
create index risk_fact_household on risk_fact (household_id);
