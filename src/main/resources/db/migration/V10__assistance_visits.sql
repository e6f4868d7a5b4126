-- assistance: visits (走访) by grid workers, contact persons and cadres. Append-only: a visit is never updated or
-- deleted; a mistake is put right by a new visit that names the one it corrects (corrects_visit_id), so the record
-- keeps who wrote what and when, before and after.
create table visit (
    id                   bigserial     primary key,
    household_id         bigint        not null references household (id),
    -- the household's village when visited: the clue is raised there
    region_code          varchar(12)   not null,
    visitor_username     varchar(64)   not null,
    visitor_name         varchar(50)   not null,
    visitor_role         varchar(24)   not null,
    mode                 varchar(16)   not null check (mode in ('IN_PERSON', 'PHONE', 'NETWORK')),
    visit_date           date          not null,
    household_reached    boolean       not null,
    findings             varchar(1000) not null,
    income_change        varchar(16)   not null default 'NONE' check (income_change in ('NONE', 'SHARP_FALL', 'RISE')),
    -- estimated change of the household's yearly income in yuan, a magnitude; the direction is income_change
    income_change_amount numeric(12, 2) check (income_change_amount > 0),
    -- comma-separated codes, as member.health
    guarantee_gaps       varchar(200)  not null default '',
    risk_types           varchar(300)  not null default '',
    raise_clue           boolean       not null default false,
    clue_reason          varchar(200),
    clue_id              bigint        references risk_clue (id),
    corrects_visit_id    bigint        unique references visit (id),
    created_at           timestamptz   not null default now()
);
create index visit_household on visit (household_id, visit_date desc, id desc);
create index visit_visitor on visit (visitor_username, visit_date desc);
