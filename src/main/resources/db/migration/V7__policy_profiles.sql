-- policy: effective-dated profiles per region, inherited down the tree, and their rules (CEL), versioned and audited.
create table policy_profile (
    id             bigserial    primary key,
    -- shipped profiles carry a key so that start-up loads each once; profiles made in the UI have none
    shipped_key    varchar(64)  unique,
    region_code    varchar(12)  not null,
    name           varchar(200) not null,
    effective_from date         not null,
    effective_to   date,
    source_doc     text,
    parameters     jsonb        not null default '{}',
    version        int          not null default 0,
    updated_by     varchar(64)  not null,
    updated_at     timestamptz  not null default now(),
    check (effective_to is null or effective_to >= effective_from)
);
create index policy_profile_region on policy_profile (region_code, effective_from);

create table policy_rule (
    id          bigserial    primary key,
    profile_id  bigint       not null references policy_profile (id),
    code        varchar(64)  not null,
    version     int          not null,
    -- DRAFT: saved and type-checked, not used; PUBLISHED: in force (one per code and profile); RETIRED: replaced
    status      varchar(12)  not null,
    -- a published rule that switches off the inherited rule of the same code
    disabled    boolean      not null default false,
    name        varchar(100) not null,
    description text,
    clause      text,
    scope       varchar(12)  not null,
    department  varchar(24),
    expression  text         not null,
    evidence    json         not null default '{}', -- json, not jsonb: the order written is the order shown
    created_by  varchar(64)  not null,
    created_at  timestamptz  not null default now(),
    unique (profile_id, code, version)
);
create unique index policy_rule_published on policy_rule (profile_id, code) where status = 'PUBLISHED';

create table policy_change (
    id         bigserial   primary key,
    profile_id bigint      not null references policy_profile (id),
    rule_code  varchar(64),
    action     varchar(24) not null,
    before     jsonb,
    after      jsonb,
    actor      varchar(64) not null,
    at         timestamptz not null default now()
);
create index policy_change_profile on policy_change (profile_id, at desc);
