-- intake: import jobs and the rows they could not store.
create table import_job (
    id             uuid         primary key,
    kind           varchar(16)  not null,
    file_name      varchar(255) not null,
    file_path      varchar(500) not null,
    header         text,
    status         varchar(16)  not null,
    total_rows     int,
    processed_rows int          not null default 0,
    stored_rows    int          not null default 0,
    unchanged_rows int          not null default 0,
    error_rows     int          not null default 0,
    message        text,
    created_by     varchar(64)  not null,
    scope_region   varchar(12)     not null,
    created_at     timestamptz  not null default now(),
    started_at     timestamptz,
    finished_at    timestamptz
);
create index import_job_creator on import_job (created_by, created_at desc);

create table import_error (
    job_id uuid  not null references import_job (id) on delete cascade,
    row_no int   not null,
    cells  jsonb not null,
    errors jsonb not null,
    primary key (job_id, row_no)
);
