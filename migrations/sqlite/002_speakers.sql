-- Cheaper writes: every quote row touched six secondary indexes; two of them go.
-- * quotes_by_type: `type` has two values, so its index narrows nothing; the day index, already in the
--   order lists are served in, reaches a page of either type within a few dozen rows.
-- * quotes_by_surname: one entry per quote for what is a property of the speaker. A table of distinct
--   person speakers answers "which full names end in this word" (`?speaker=patel`) and is written once
--   per new speaker instead of once per quote.
CREATE TABLE speakers (
  key     TEXT PRIMARY KEY,                      -- quotes.speaker_key of a person
  surname TEXT NOT NULL                          -- its last word
) WITHOUT ROWID;
CREATE INDEX speakers_by_surname ON speakers (surname, key);

INSERT OR IGNORE INTO speakers (key, surname)
  SELECT DISTINCT speaker_key, speaker_surname FROM quotes WHERE speaker_surname IS NOT NULL;

DROP INDEX quotes_by_type;
DROP INDEX quotes_by_surname;
ALTER TABLE quotes DROP COLUMN speaker_surname;
