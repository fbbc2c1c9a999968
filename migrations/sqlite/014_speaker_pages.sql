-- A page of one speaker's quotes from contiguous storage (issue 15). quotes_by_speaker held only the sort
-- key, so each of a page's 20 rows was a seek into a different page of the quotes table (hundreds of MB
-- on a large archive). The index now carries every column a page shows, in the order pages are read:
-- one speaker's quotes sit side by side in a few leaves, and the table is not read at all.
-- An index rather than a table of copies: SQLite keeps it right on every write (save, update, delete,
-- re-parse, re-key, bulk) with no trigger or store code, and can never drift from the quotes. Quotes
-- without a speaker are left out (no speaker list reads them); `id` is in every index entry already.
DROP INDEX quotes_by_speaker;
CREATE INDEX quotes_by_speaker ON quotes (
  speaker_key, day, rank, article_id, ordinal, text, type, start, "end", cue, speaker_kind, speaker_name,
  speaker_mention, official_id, confidence, dateline_date, dateline_city, dateline_country, url, source,
  cue_start, cue_end, mention_start, mention_end
) WHERE speaker_key IS NOT NULL;
