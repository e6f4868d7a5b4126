-- The values a rule saw are shown in the order the rule lists them; jsonb sorts object keys (by length, then bytes),
-- json keeps the text as written. Nothing queries inside these columns.
alter table clue_signal alter column rule_values drop default;
alter table clue_signal alter column rule_values type json using rule_values::json;
alter table clue_signal alter column rule_values set default '{}';
alter table screening_result alter column findings drop default;
alter table screening_result alter column findings type json using findings::json;
alter table screening_result alter column findings set default '[]';
