-- intake: 农户自主申报 (self-declaration) through 一户一码.
-- A QR code is an opaque random token for a village or one household, created on demand and kept, so a printed
-- sheet stays valid for as long as the row exists.
create table declaration_code (
    code         varchar(32)  primary key,
    region_code  varchar(12)  not null references region (code),
    household_id bigint       references household (id),
    created_by   varchar(64),
    created_at   timestamptz  not null default now()
);
create unique index declaration_code_village on declaration_code (region_code) where household_id is null;
create unique index declaration_code_household on declaration_code (household_id) where household_id is not null;

-- One self-declaration. The applicant sees only its status through the tracking code; the village sees the clue.
create table declaration (
    id              bigserial    primary key,
    tracking_code   varchar(16)  not null unique,
    code            varchar(32)  not null references declaration_code (code),
    region_code     varchar(12)  not null references region (code),
    -- the household whose current member has this ID number, when there is one
    household_id    bigint       references household (id),
    name            varchar(20)  not null,
    id_number       varchar(18)  not null,
    phone           varchar(20)  not null,
    difficulty_type varchar(32)  not null,
    description     varchar(500) not null,
    consented_at    timestamptz  not null,
    status          varchar(16)  not null default 'RECEIVED',
    outcome         varchar(24),
    received_on     date         not null,
    due_on          date,
    decided_on      date,
    clue_id         bigint       references risk_clue (id),
    -- keyed hash of the client address: lets abuse be traced without keeping the address itself
    client_ip_hash  varchar(64),
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now()
);
create index declaration_duplicate on declaration (id_number, difficulty_type, created_at);
create index declaration_region on declaration (region_code, created_at);
