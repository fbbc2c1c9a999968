-- As SQLite's 007_quote_order_and_source.sql: `rank` orders a day's quotes (newest article first, then by
-- position: article_id * 2^20 - ordinal, hence bigint), and each quote carries its article's url and source.
ALTER TABLE quotes ADD COLUMN rank bigint NOT NULL DEFAULT 0;
ALTER TABLE quotes ADD COLUMN url text;
ALTER TABLE quotes ADD COLUMN source text;
UPDATE quotes q SET rank = q.article_id * 1048576 - q.ordinal, url = a.url, source = a.source
  FROM articles a WHERE a.id = q.article_id;

DROP INDEX quotes_by_day;
DROP INDEX quotes_by_speaker;
CREATE INDEX quotes_by_day ON quotes (day, rank);
CREATE INDEX quotes_by_speaker ON quotes (speaker_key, day, rank);
