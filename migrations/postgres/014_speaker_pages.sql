-- SQLite's 014_speaker_pages.sql makes its speaker index cover every column of a page. Not here, on
-- purpose: a PostgreSQL B-tree entry cannot exceed about 2.7 kB, so an index holding a quote's text would
-- refuse long quotes, and PostgreSQL's own answer (CLUSTER, index-only scans on INCLUDE columns) belongs
-- to its store's own tuning. The schema is unchanged; the number is kept so both dialects count alike.
SELECT 1;
