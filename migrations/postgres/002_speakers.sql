-- As SQLite's 002_speakers.sql: a table of distinct person speakers answers "which full names end in
-- this word" (`?speaker=patel`) instead of a surname column and index on every quote; the type index,
-- which narrows nothing, goes too.
CREATE TABLE speakers (
  key     text PRIMARY KEY,                      -- quotes.speaker_key of a person
  surname text NOT NULL                          -- its last word
);
CREATE INDEX speakers_by_surname ON speakers (surname, key);

INSERT INTO speakers (key, surname)
  SELECT DISTINCT speaker_key, speaker_surname FROM quotes WHERE speaker_surname IS NOT NULL
  ON CONFLICT DO NOTHING;

DROP INDEX quotes_by_type;
DROP INDEX quotes_by_surname;
ALTER TABLE quotes DROP COLUMN speaker_surname;
