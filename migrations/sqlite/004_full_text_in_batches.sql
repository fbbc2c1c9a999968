-- New quotes and articles are added to the full-text indexes by the store, once per transaction, instead
-- of by a trigger per row. FTS5 writes its pending terms to disk at every statement savepoint, and each
-- row insert (foreign keys, triggers) opens one: one tiny segment per quote, then merged again and again.
-- Measured on the 100k-article benchmark database: FTS flushes and merges were a quarter of a save.
-- The delete triggers stay: deletes are rare, and an external-content index needs the old text to remove.
DROP TRIGGER quotes_fts_insert;
DROP TRIGGER articles_fts_insert;
