-- 规模性返贫风险 counts each clue once per kind, on the day of its first signal of that kind. The dashboard job keeps
-- that day here (with the clue's village) as it reads new signals, so a county's clusters are counted from one
-- indexed range of this table instead of grouping every signal kind of twelve weeks with its clue on each request.
create table dashboard_clue_kind (
    clue_id     bigint      not null,
    kind        varchar(80) not null,
    region_code varchar(12) not null,
    first_on    date        not null,
    primary key (clue_id, kind)
);
create index dashboard_clue_kind_first on dashboard_clue_kind (first_on, region_code);

insert into dashboard_clue_kind (clue_id, kind, region_code, first_on)
select d.clue_id, d.kind, k.region_code, min(d.raised_on)
from dashboard_signal_kind d join risk_clue k on k.id = d.clue_id
group by 1, 2, 3
on conflict do nothing;
