-- registry: regions (12-digit 统计用区划代码), groups, grids, households, members, income statements, change log.
create table region (
    code             varchar(12)     primary key,
    name             varchar(100) not null,
    level            smallint     not null check (level between 1 and 5),
    parent_code      varchar(12)     references region (code),
    urban_rural_code varchar(3)
);
create index region_parent on region (parent_code);

create table village_group (
    id           bigserial   primary key,
    village_code varchar(12)    not null references region (code),
    name         varchar(50) not null,
    unique (village_code, name)
);

create table grid (
    id           bigserial   primary key,
    village_code varchar(12)    not null references region (code),
    name         varchar(50) not null,
    worker_name  varchar(50),
    worker_phone varchar(20),
    unique (village_code, name)
);

create table household (
    id                  bigserial    primary key,
    household_no        varchar(32)  not null unique,
    region_code         varchar(12)     not null references region (code),
    group_id            bigint       references village_group (id),
    grid_id             bigint       references grid (id),
    household_type      varchar(24)  not null,
    address             varchar(200),
    phone               varchar(20),
    relocated           boolean      not null default false,
    relocation_site     varchar(200),
    monitoring_category varchar(16),
    monitoring_status   varchar(24)  not null default 'NOT_MONITORED',
    -- kept in step with the members and statements so that lists sort and page without joins
    head_name           varchar(50),
    head_id_number      varchar(18),
    member_count        int          not null default 0,
    per_capita_income   numeric(14, 2),
    version             int          not null default 0,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now()
);
-- Region scope is a code range (a township 341599001000 covers 341599001000..341599001999), so a btree serves it.
create index household_region on household (region_code, household_no);
create index household_head_name on household (head_name);

create table member (
    id                  bigserial    primary key,
    household_id        bigint       not null references household (id),
    name                varchar(50)  not null,
    id_number           varchar(18)     not null,
    sex                 varchar(6)   not null,
    birth_date          date         not null,
    ethnicity           varchar(20),
    relation            varchar(24)  not null,
    education           varchar(24),
    school_stage        varchar(24),
    health              varchar(100) not null default 'HEALTHY',
    disability_category varchar(16),
    disability_grade    smallint,
    labour_capacity     varchar(16),
    work_place          varchar(100),
    work_months         smallint,
    medical_insurance   varchar(16),
    pension_insurance   varchar(16),
    dibao               boolean      not null default false,
    tekun               boolean      not null default false,
    relocated           boolean      not null default false,
    phone               varchar(20),
    version             int          not null default 0,
    removed_at          timestamptz
);
-- A person is in at most one household at a time.
create unique index member_id_number on member (id_number) where removed_at is null;
create index member_household on member (household_id);
create index member_name_prefix on member (name text_pattern_ops);

create table income_statement (
    id                  bigserial      primary key,
    household_id        bigint         not null references household (id),
    period_start        date           not null,
    period_end          date           not null,
    wage_income         numeric(14, 2) not null default 0,
    business_income     numeric(14, 2) not null default 0,
    property_income     numeric(14, 2) not null default 0,
    transfer_income     numeric(14, 2) not null default 0,
    production_expense  numeric(14, 2) not null default 0,
    compliant_self_paid numeric(14, 2) not null default 0,
    net_income          numeric(14, 2) not null,
    per_capita_income   numeric(14, 2) not null,
    member_count_used   int            not null,
    version             int            not null default 0,
    unique (household_id, period_start, period_end)
);

-- Every change to a household, a member or an income statement: who, when, which field, before, after.
-- Creation is one row with field '*' rather than one row per field.
create table change_log (
    id           bigserial    primary key,
    household_id bigint       not null,
    entity       varchar(16)  not null,
    entity_id    bigint       not null,
    entity_label varchar(100),
    field        varchar(40)  not null,
    before_value text,
    after_value  text,
    actor        varchar(64)  not null,
    source       varchar(64),
    at           timestamptz  not null default now()
);
create index change_log_household on change_log (household_id, at desc, id desc);
