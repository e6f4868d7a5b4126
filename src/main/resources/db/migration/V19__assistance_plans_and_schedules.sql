-- assistance (帮扶): contact persons, one plan per household with its measures, monthly/quarterly income
-- registrations, and the follow-up schedules (visits, income registration) whose due state the deadline sweep keeps.

-- 监测联系人 / 帮扶责任人. A household may have several at once (a monitored 脱贫户 keeps its existing one; a relocated
-- household has one from the township it left and one from the resettlement community). Never deleted: a person who
-- leaves gets ended_on and end_reason and the successor a new row, so the history stays.
create table contact_person (
    id            bigserial    primary key,
    household_id  bigint       not null references household (id),
    name          varchar(50)  not null,
    -- the user account when the person signs in (their due visits and income registrations are listed for them)
    username      varchar(64),
    unit          varchar(100) not null,
    phone         varchar(20),
    -- EXISTING (the 脱贫户's existing 帮扶责任人), MONITORING, ORIGIN_TOWNSHIP, RESETTLEMENT_COMMUNITY
    kind          varchar(24)  not null,
    start_on      date         not null,
    ended_on      date,
    end_reason    varchar(200),
    replaces_id   bigint       references contact_person (id),
    assigned_by   varchar(64)  not null,
    created_at    timestamptz  not null default now()
);
create index contact_person_household on contact_person (household_id) where ended_on is null;
create index contact_person_username on contact_person (username) where ended_on is null;

-- 一户一方案: one plan per household; a new identification after elimination continues the same plan.
create table assistance_plan (
    id            bigserial    primary key,
    household_id  bigint       not null unique references household (id),
    -- the identification case that started (or last restarted) the plan
    case_id       bigint       references identification_case (id),
    started_on    date         not null,
    -- measures are due by this day (profile step MEASURES, 10 days by default)
    measures_due  date         not null,
    version       int          not null default 0,
    created_by    varchar(64)  not null,
    created_at    timestamptz  not null default now()
);

-- 一人一措施: a measure from the catalogue of DOMAIN.md 3.6; member_id is set when it helps one person.
create table assistance_measure (
    id              bigserial      primary key,
    plan_id         bigint         not null references assistance_plan (id),
    household_id    bigint         not null references household (id),
    member_id       bigint         references member (id),
    -- INDUSTRY, EMPLOYMENT, FINANCE, PUBLIC_WELFARE_JOB, HEALTH, COMPULSORY_EDUCATION, OTHER_EDUCATION, HOUSING,
    -- WATER, SOCIAL_PROTECTION, SOCIAL, RELOCATION, LIVING_CONDITIONS, INFRASTRUCTURE
    category        varchar(24)    not null,
    item            varchar(100)   not null,
    start_on        date           not null,
    -- time-bound measures (小额信贷, 公益岗, 雨露计划) run on to this day even after the risk is eliminated
    end_on          date,
    amount          numeric(12, 2) check (amount >= 0),
    -- PLANNED, IN_PROGRESS, DELIVERED, STOPPED
    status          varchar(16)    not null,
    delivered_on    date,
    responsible_unit varchar(100)  not null,
    -- risk type codes (assistance.RiskType) this measure answers, comma-separated
    risk_types      varchar(300)   not null default '',
    note            varchar(500),
    version         int            not null default 0,
    created_by      varchar(64)    not null,
    created_at      timestamptz    not null default now()
);
create index assistance_measure_household on assistance_measure (household_id, status);

-- 收入登记: what a monitored household (monthly) or a 脱贫户 (quarterly) earned in a month or quarter; elimination
-- reads these to judge whether income has been stable for the profile's months.
create table income_registration (
    id                bigserial      primary key,
    household_id      bigint         not null references household (id),
    period_start      date           not null,
    period_end        date           not null,
    net_income        numeric(14, 2) not null,
    member_count_used int            not null check (member_count_used > 0),
    -- net_income / member_count_used scaled to a year (× 12 / months in the period), compared with the threshold
    per_capita_yearly numeric(14, 2) not null,
    note              varchar(500),
    registered_by     varchar(64)    not null,
    registered_at     timestamptz    not null default now(),
    unique (household_id, period_start)
);

-- Follow-up schedules: one VISIT and one INCOME row per followed household. The sweep sets due_state from next_due
-- and today (OK, DUE_SOON, OVERDUE), so inboxes and dashboards read a column instead of recomputing.
create table follow_schedule (
    id              bigserial    primary key,
    household_id    bigint       not null references household (id),
    region_code     varchar(12)  not null,
    -- VISIT or INCOME
    kind            varchar(8)   not null,
    every_months    int          not null check (every_months between 1 and 12),
    -- IN_PERSON, or PHONE for long-absent households
    mode            varchar(16)  not null default 'IN_PERSON',
    last_done       date,
    next_due        date         not null,
    due_state       varchar(10)  not null default 'OK',
    swept_on        date,
    active          boolean      not null default true,
    unique (household_id, kind)
);
create index follow_schedule_due on follow_schedule (region_code, kind, next_due) where active;
