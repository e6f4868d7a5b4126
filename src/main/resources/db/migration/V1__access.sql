-- access: users with one role and one region scope; audit of sensitive reads.
create table app_user (
    id            bigserial primary key,
    username      varchar(64)  not null unique,
    display_name  varchar(64)  not null,
    password_hash varchar(200) not null,
    role          varchar(32)  not null,
    region_code   varchar(12)     not null,
    enabled       boolean      not null default true,
    failed_logins int          not null default 0,
    locked_until  timestamptz,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now()
);

-- Who saw whose full ID or phone number, and when (PIPL art. 28; DOMAIN.md section 6).
create table sensitive_read (
    id          bigserial primary key,
    username    varchar(64) not null,
    household_id bigint     not null,
    member_id   bigint,
    field       varchar(32) not null,
    at          timestamptz not null default now()
);
create index sensitive_read_household on sensitive_read (household_id, at desc);
