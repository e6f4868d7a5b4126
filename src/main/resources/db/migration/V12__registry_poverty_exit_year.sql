-- 脱贫年份 of a 脱贫户 (e.g. Hainan 2022 flags households lifted out of poverty in 2020); empty for 一般农户.
alter table household add column poverty_exit_year smallint check (poverty_exit_year between 2013 and 2030);
