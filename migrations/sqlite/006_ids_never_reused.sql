-- Ids are never reused. Without AUTOINCREMENT SQLite gives a new row the largest id + 1, so after the newest
-- article was deleted the next one got its id, and its quotes and officials took the deleted ones' ids: an
-- official id a client kept for one person came to mean another. AUTOINCREMENT keeps the largest id ever
-- given in sqlite_sequence and never goes below it.
-- SQLite cannot add AUTOINCREMENT in place, so articles, quotes and officials are rebuilt with their ids
-- unchanged (the full-text indexes, keyed by those ids, stay valid). The migration runs with foreign keys
-- off (see migrate.ts), so dropping the old tables cascades nothing; their triggers and indexes are made again.

CREATE TABLE articles_new (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  content_hash     TEXT NOT NULL UNIQUE,          -- sha256 of the normalised text: idempotent re-posts
  external_id      TEXT UNIQUE,                   -- the client's own id: idempotent re-posts
  text             TEXT NOT NULL,
  url              TEXT,
  source           TEXT COLLATE NOCASE,
  published_at     TEXT,
  dateline_date    TEXT,
  dateline_city    TEXT COLLATE NOCASE,
  dateline_country TEXT COLLATE NOCASE,
  day              TEXT NOT NULL,
  parser_version   TEXT NOT NULL,
  created_at       TEXT NOT NULL
);
INSERT INTO articles_new SELECT id, content_hash, external_id, text, url, source, published_at, dateline_date,
  dateline_city, dateline_country, day, parser_version, created_at FROM articles;
DROP TABLE articles;
ALTER TABLE articles_new RENAME TO articles;
CREATE INDEX articles_by_day ON articles (day, id);
CREATE INDEX articles_by_city ON articles (dateline_city, day, id);
CREATE INDEX articles_by_country ON articles (dateline_country, day, id);
CREATE INDEX articles_by_source ON articles (source, day, id);
CREATE INDEX articles_by_parser_version ON articles (parser_version, id);
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF text ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO articles_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TABLE officials_new (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  name_key     TEXT NOT NULL UNIQUE,
  name         TEXT NOT NULL,
  title        TEXT,
  organization TEXT COLLATE NOCASE,
  country      TEXT COLLATE NOCASE
);
INSERT INTO officials_new SELECT id, name_key, name, title, organization, country FROM officials;
DROP TABLE officials;
ALTER TABLE officials_new RENAME TO officials;

CREATE TABLE quotes_new (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id       INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal          INTEGER NOT NULL,
  day              TEXT NOT NULL,
  text             TEXT NOT NULL,
  type             TEXT NOT NULL CHECK (type IN ('direct', 'indirect')),
  start            INTEGER NOT NULL,
  "end"            INTEGER NOT NULL,
  cue              TEXT,
  speaker_kind     TEXT CHECK (speaker_kind IN ('person', 'organization', 'anonymous')),
  speaker_name     TEXT,
  speaker_mention  TEXT,
  speaker_key      TEXT,
  official_id      INTEGER,
  confidence       REAL NOT NULL,
  dateline_date    TEXT,
  dateline_city    TEXT,
  dateline_country TEXT
);
INSERT INTO quotes_new SELECT id, article_id, ordinal, day, text, type, start, "end", cue, speaker_kind, speaker_name,
  speaker_mention, speaker_key, official_id, confidence, dateline_date, dateline_city, dateline_country FROM quotes;
DROP TABLE quotes;
ALTER TABLE quotes_new RENAME TO quotes;
CREATE INDEX quotes_by_article ON quotes (article_id, ordinal);
CREATE INDEX quotes_by_day ON quotes (day, id);
CREATE INDEX quotes_by_speaker ON quotes (speaker_key, day, id);
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
