-- intake: department early-warning feeds (部门筛查预警). One row per file upload or API push, with its counts;
-- the rows that were not matched or not valid are kept so the department can download them, fix them and re-send.
create table feed (
    id             bigserial    primary key,
    department     varchar(24)  not null,
    channel        varchar(8)   not null,
    file_name      varchar(255) not null,
    created_by     varchar(120) not null,
    scope_region   varchar(12)  not null,
    created_at     timestamptz  not null default now(),
    total_rows     int          not null default 0,
    matched_rows   int          not null default 0,
    unmatched_rows int          not null default 0,
    invalid_rows   int          not null default 0,
    duplicate_rows int          not null default 0,
    new_facts      int          not null default 0,
    new_clues      int          not null default 0
);
create index feed_scope on feed (scope_region, created_at desc);

create table feed_error (
    feed_id bigint not null references feed (id) on delete cascade,
    row_no  int    not null,
    cells   jsonb  not null,
    errors  jsonb  not null,
    primary key (feed_id, row_no)
);

-- access: keys with which a department's program pushes feeds without a browser session. Only a SHA-256 of the key
-- is kept (the key is 256 random bits, so a slow password hash adds nothing); the prefix lets an admin tell keys apart.
create table api_key (
    id           bigserial    primary key,
    name         varchar(100) not null,
    department   varchar(24)  not null,
    region_code  varchar(12)  not null,
    key_hash     char(64)     not null unique,
    key_prefix   varchar(16)  not null,
    created_by   varchar(64)  not null,
    created_at   timestamptz  not null default now(),
    revoked_by   varchar(64),
    revoked_at   timestamptz,
    last_used_at timestamptz
);
