-- screening: every decision on a clue, with who, when and the state before and after (ARCHITECTURE.md 4).
create table clue_event (
    id            bigserial    primary key,
    clue_id       bigint       not null references risk_clue (id),
    action        varchar(24)  not null,
    actor         varchar(64)  not null,
    at            timestamptz  not null,
    status_before varchar(16),
    status_after  varchar(16),
    outcome       varchar(24),
    reason        varchar(40),
    note          text
);
create index clue_event_clue on clue_event (clue_id, at);

-- The inbox lists open clues of a region range by due date and decided ones by decision time.
create index risk_clue_region_decided on risk_clue (region_code, decided_at) where status = 'DECIDED';
