-- The household list's name search reads only current members' names and their households: with the household id in
-- the index and removed members left out, a common two-character prefix (thousands of members in a county) is answered
-- from the index alone instead of one heap visit per member.
drop index member_name_prefix;
create index member_name_prefix on member (name text_pattern_ops) include (household_id) where removed_at is null;
