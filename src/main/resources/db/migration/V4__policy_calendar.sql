-- policy: the working-day calendar. Public holidays (放假) and adjusted working weekend days (调休上班), one row a day.
-- National rows carry region_code '000000000000'; the key leaves room for a county's own days later.
-- Weekdays not listed are working days and weekend days not listed are rest days, so only the exceptions
-- announced by the State Council are stored. Each span below is copied from its notice; the notice is the source.
create table calendar_day (
    region_code varchar(12)  not null default '000000000000',
    day         date         not null,
    kind        varchar(16)  not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name        varchar(50)  not null,
    source      varchar(300) not null,
    primary key (region_code, day)
);

-- 2022: 国办发明电〔2021〕11号, 2021-10-25.
insert into calendar_day (day, kind, name, source)
select d::date, s.kind, s.name,
       '国务院办公厅关于2022年部分节假日安排的通知（国办发明电〔2021〕11号，2021-10-25）http://www.beijing.gov.cn/zhengce/zhengcefagui/202110/t20211026_2520500.html'
from (values
    ('HOLIDAY', '元旦',           '2022-01-01', '2022-01-03'),
    ('HOLIDAY', '春节',           '2022-01-31', '2022-02-06'),
    ('WORKDAY', '春节调休上班',   '2022-01-29', '2022-01-30'),
    ('HOLIDAY', '清明节',         '2022-04-03', '2022-04-05'),
    ('WORKDAY', '清明节调休上班', '2022-04-02', '2022-04-02'),
    ('HOLIDAY', '劳动节',         '2022-04-30', '2022-05-04'),
    ('WORKDAY', '劳动节调休上班', '2022-04-24', '2022-04-24'),
    ('WORKDAY', '劳动节调休上班', '2022-05-07', '2022-05-07'),
    ('HOLIDAY', '端午节',         '2022-06-03', '2022-06-05'),
    ('HOLIDAY', '中秋节',         '2022-09-10', '2022-09-12'),
    ('HOLIDAY', '国庆节',         '2022-10-01', '2022-10-07'),
    ('WORKDAY', '国庆节调休上班', '2022-10-08', '2022-10-09')
) s(kind, name, first_day, last_day),
generate_series(s.first_day::date, s.last_day::date, interval '1 day') d;

-- 2023: 国办发明电〔2022〕16号, 2022-12-08. Its 元旦 starts on 2022-12-31.
insert into calendar_day (day, kind, name, source)
select d::date, s.kind, s.name,
       '国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号，2022-12-08）https://zh.wikisource.org/wiki/国务院办公厅关于2023年部分节假日安排的通知'
from (values
    ('HOLIDAY', '元旦',                   '2022-12-31', '2023-01-02'),
    ('HOLIDAY', '春节',                   '2023-01-21', '2023-01-27'),
    ('WORKDAY', '春节调休上班',           '2023-01-28', '2023-01-29'),
    ('HOLIDAY', '清明节',                 '2023-04-05', '2023-04-05'),
    ('HOLIDAY', '劳动节',                 '2023-04-29', '2023-05-03'),
    ('WORKDAY', '劳动节调休上班',         '2023-04-23', '2023-04-23'),
    ('WORKDAY', '劳动节调休上班',         '2023-05-06', '2023-05-06'),
    ('HOLIDAY', '端午节',                 '2023-06-22', '2023-06-24'),
    ('WORKDAY', '端午节调休上班',         '2023-06-25', '2023-06-25'),
    ('HOLIDAY', '中秋节、国庆节',         '2023-09-29', '2023-10-06'),
    ('WORKDAY', '中秋节、国庆节调休上班', '2023-10-07', '2023-10-08')
) s(kind, name, first_day, last_day),
generate_series(s.first_day::date, s.last_day::date, interval '1 day') d;

-- 2024: 国办发明电〔2023〕7号, 2023-10-25. 元旦 and 端午节 are one day each, "与周末连休".
insert into calendar_day (day, kind, name, source)
select d::date, s.kind, s.name,
       '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号，2023-10-25）http://paper.people.com.cn/rmrb/html/2023-10/26/nw.D110000renmrb_20231026_3-06.htm'
from (values
    ('HOLIDAY', '元旦',           '2024-01-01', '2024-01-01'),
    ('HOLIDAY', '春节',           '2024-02-10', '2024-02-17'),
    ('WORKDAY', '春节调休上班',   '2024-02-04', '2024-02-04'),
    ('WORKDAY', '春节调休上班',   '2024-02-18', '2024-02-18'),
    ('HOLIDAY', '清明节',         '2024-04-04', '2024-04-06'),
    ('WORKDAY', '清明节调休上班', '2024-04-07', '2024-04-07'),
    ('HOLIDAY', '劳动节',         '2024-05-01', '2024-05-05'),
    ('WORKDAY', '劳动节调休上班', '2024-04-28', '2024-04-28'),
    ('WORKDAY', '劳动节调休上班', '2024-05-11', '2024-05-11'),
    ('HOLIDAY', '端午节',         '2024-06-10', '2024-06-10'),
    ('HOLIDAY', '中秋节',         '2024-09-15', '2024-09-17'),
    ('WORKDAY', '中秋节调休上班', '2024-09-14', '2024-09-14'),
    ('HOLIDAY', '国庆节',         '2024-10-01', '2024-10-07'),
    ('WORKDAY', '国庆节调休上班', '2024-09-29', '2024-09-29'),
    ('WORKDAY', '国庆节调休上班', '2024-10-12', '2024-10-12')
) s(kind, name, first_day, last_day),
generate_series(s.first_day::date, s.last_day::date, interval '1 day') d;

-- 2025: 国办发明电〔2024〕12号, 2024-11-12 (first year under the 2024 revision of 《全国年节及纪念日放假办法》).
insert into calendar_day (day, kind, name, source)
select d::date, s.kind, s.name,
       '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024-11-12）https://m.gmw.cn/2024-11/12/content_1303894933.htm'
from (values
    ('HOLIDAY', '元旦',                   '2025-01-01', '2025-01-01'),
    ('HOLIDAY', '春节',                   '2025-01-28', '2025-02-04'),
    ('WORKDAY', '春节调休上班',           '2025-01-26', '2025-01-26'),
    ('WORKDAY', '春节调休上班',           '2025-02-08', '2025-02-08'),
    ('HOLIDAY', '清明节',                 '2025-04-04', '2025-04-06'),
    ('HOLIDAY', '劳动节',                 '2025-05-01', '2025-05-05'),
    ('WORKDAY', '劳动节调休上班',         '2025-04-27', '2025-04-27'),
    ('HOLIDAY', '端午节',                 '2025-05-31', '2025-06-02'),
    ('HOLIDAY', '国庆节、中秋节',         '2025-10-01', '2025-10-08'),
    ('WORKDAY', '国庆节、中秋节调休上班', '2025-09-28', '2025-09-28'),
    ('WORKDAY', '国庆节、中秋节调休上班', '2025-10-11', '2025-10-11')
) s(kind, name, first_day, last_day),
generate_series(s.first_day::date, s.last_day::date, interval '1 day') d;

-- 2026: 国办发明电〔2025〕7号, 2025-11-04.
insert into calendar_day (day, kind, name, source)
select d::date, s.kind, s.name,
       '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号，2025-11-04）https://politics.gmw.cn/2025-11/04/content_38391083.htm'
from (values
    ('HOLIDAY', '元旦',           '2026-01-01', '2026-01-03'),
    ('WORKDAY', '元旦调休上班',   '2026-01-04', '2026-01-04'),
    ('HOLIDAY', '春节',           '2026-02-15', '2026-02-23'),
    ('WORKDAY', '春节调休上班',   '2026-02-14', '2026-02-14'),
    ('WORKDAY', '春节调休上班',   '2026-02-28', '2026-02-28'),
    ('HOLIDAY', '清明节',         '2026-04-04', '2026-04-06'),
    ('HOLIDAY', '劳动节',         '2026-05-01', '2026-05-05'),
    ('WORKDAY', '劳动节调休上班', '2026-05-09', '2026-05-09'),
    ('HOLIDAY', '端午节',         '2026-06-19', '2026-06-21'),
    ('HOLIDAY', '中秋节',         '2026-09-25', '2026-09-27'),
    ('HOLIDAY', '国庆节',         '2026-10-01', '2026-10-07'),
    ('WORKDAY', '国庆节调休上班', '2026-09-20', '2026-09-20'),
    ('WORKDAY', '国庆节调休上班', '2026-10-10', '2026-10-10')
) s(kind, name, first_day, last_day),
generate_series(s.first_day::date, s.last_day::date, interval '1 day') d;
