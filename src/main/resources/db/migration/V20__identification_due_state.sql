-- identification: the due state the deadline sweep keeps per open case, so inboxes, counts and dashboards read columns.
alter table identification_case
    -- 绿色通道: assistance started before approval; the procedure is completed afterwards
    add column green_channel        boolean     not null default false,
    add column green_channel_reason varchar(500),
    -- the earliest pending step's due date and that step (null when nothing is pending)
    add column next_due             date,
    add column next_due_step        varchar(24),
    -- the overall clock (e.g. 15 days from the opening)
    add column overall_due          date,
    -- OK, DUE_SOON or OVERDUE (a pending step past its date, or the overall clock exceeded)
    add column due_state            varchar(10) not null default 'OK',
    add column swept_on             date;
create index identification_case_due on identification_case (region_code, due_state) where closed_at is null;
