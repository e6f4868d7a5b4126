-- policy: a county administrator's own calendar days (rows of calendar_day under the county's code) and the audit
-- of every change to them. before_kind is null when a day was added, after_kind null when it was removed.
create table calendar_change (
    id          bigserial    primary key,
    region_code varchar(12)  not null,
    day         date         not null,
    before_kind varchar(16),
    after_kind  varchar(16),
    actor       varchar(64)  not null,
    at          timestamptz  not null default now()
);

create index calendar_change_region_day on calendar_change (region_code, day);
