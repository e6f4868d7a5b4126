-- Screening reads every household's clue channels (decided clues too), a thousand households at a time.
create index risk_clue_household on risk_clue (household_id);
