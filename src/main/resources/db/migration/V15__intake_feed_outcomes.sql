-- intake: what the villages decided about the clues a department's rows raised, so the department sees the outcome.
create table feed_outcome (
    feed_id      bigint       not null references feed (id) on delete cascade,
    row_no       int          not null,
    clue_id      bigint       not null,
    outcome      varchar(24)  not null,
    reason_label varchar(60),
    decided_at   timestamptz  not null,
    primary key (feed_id, row_no, clue_id)
);
