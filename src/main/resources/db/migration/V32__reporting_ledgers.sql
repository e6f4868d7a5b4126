-- reporting: the standard ledgers (标准台账). Each export is logged (who, which ledger, region, period, whether ID and
-- phone numbers were revealed, how many rows): DOMAIN.md 6 asks for an audit of exports, and a revealed export also
-- writes one sensitive_read row per household (access module).
create table ledger_export (
    id          bigserial    primary key,
    username    varchar(64)  not null,
    kind        varchar(16)  not null,
    region_code varchar(12)  not null,
    period_from date,
    period_to   date,
    revealed    boolean      not null,
    row_count   bigint,
    at          timestamptz  not null default now()
);
create index ledger_export_user on ledger_export (username, at desc);

-- 监测对象台账 / 风险消除台账: the announced elimination of a household (read per household in a lateral join).
create index reporting_elimination_household on elimination_case (household_id, state);
-- 风险消除台账: requests per household.
create index reporting_elimination_request_household on elimination_request (household_id);
