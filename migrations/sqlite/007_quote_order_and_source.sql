-- Quotes come in one order everywhere: newest article first, then their position in the article. Lists
-- were ordered by (day, quote id) descending, which put an article's quotes last one first. `rank` is
-- the order within a day as one integer, article_id * 2^20 - ordinal (an article holds far fewer than 2^20
-- quotes: a 1 MiB body cannot), so one index still serves each list and its keyset cursor.
-- Each quote also carries its article's url and source, as it already carries its date and dateline, so a
-- consumer needs no second request and a page is still read from the quotes alone.
ALTER TABLE quotes ADD COLUMN rank INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quotes ADD COLUMN url TEXT;
ALTER TABLE quotes ADD COLUMN source TEXT;
UPDATE quotes SET rank = article_id * 1048576 - ordinal,
  url = (SELECT url FROM articles a WHERE a.id = quotes.article_id),
  source = (SELECT source FROM articles a WHERE a.id = quotes.article_id);

DROP INDEX quotes_by_day;
DROP INDEX quotes_by_speaker;
CREATE INDEX quotes_by_day ON quotes (day, rank);
CREATE INDEX quotes_by_speaker ON quotes (speaker_key, day, rank);
