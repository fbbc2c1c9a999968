-- As SQLite's 010_quote_offsets.sql: where each quote's cue and its speaker's mention are in the article
-- (parser 0.5.0); NULL for quotes stored before, until they are re-parsed.
ALTER TABLE quotes ADD COLUMN cue_start integer;
ALTER TABLE quotes ADD COLUMN cue_end integer;
ALTER TABLE quotes ADD COLUMN mention_start integer;
ALTER TABLE quotes ADD COLUMN mention_end integer;
