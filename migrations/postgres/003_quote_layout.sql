-- As SQLite's 003_quote_layout.sql: each quote carries its article's dateline, and quotes_by_official
-- goes with the foreign key on official_id (the store clears the links when it removes an official).
-- PostgreSQL alters the table in place; SQLite had to rebuild it.
ALTER TABLE quotes ADD COLUMN dateline_date text;
ALTER TABLE quotes ADD COLUMN dateline_city text;
ALTER TABLE quotes ADD COLUMN dateline_country text;
UPDATE quotes q SET dateline_date = a.dateline_date, dateline_city = a.dateline_city, dateline_country = a.dateline_country
  FROM articles a WHERE a.id = q.article_id;

DROP INDEX quotes_by_official;
ALTER TABLE quotes DROP CONSTRAINT quotes_official_id_fkey;
