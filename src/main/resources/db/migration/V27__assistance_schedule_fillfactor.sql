-- The nightly sweep sets due_state and swept_on, neither indexed: room left in each page lets PostgreSQL update the
-- rows in place (HOT) instead of writing a new tuple into every index, which is most of the cost on the night after
-- many schedules cross a boundary (the benchmark's first night: 314,000 of 600,000 rows).
alter table follow_schedule set (fillfactor = 70);
