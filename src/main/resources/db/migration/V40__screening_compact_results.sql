-- A run stores the texts of the rules it used once (code, version, name, description, clause, evidence labels), and
-- each result only which rules fired with the values they saw: the full findings of every flagged household, with
-- their Chinese texts, were most of the cost of storing a county's results. Runs stored before keep their full
-- findings (rules is null for them) and are read as they were.
alter table screening_run add column rules json;
