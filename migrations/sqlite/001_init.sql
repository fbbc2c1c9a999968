-- Articles, their quotes, and the officials they name. Text columns used as filters are NOCASE so that
-- `?city=islamabad` finds "Islamabad" through the same index.

CREATE TABLE articles (
  id               INTEGER PRIMARY KEY,
  content_hash     TEXT NOT NULL UNIQUE,          -- sha256 of the text: idempotent re-posts
  external_id      TEXT UNIQUE,                   -- the client's own id: idempotent re-posts
  text             TEXT NOT NULL,
  url              TEXT,
  source           TEXT COLLATE NOCASE,
  published_at     TEXT,
  dateline_date    TEXT,
  dateline_city    TEXT COLLATE NOCASE,
  dateline_country TEXT COLLATE NOCASE,
  -- The article's date for sorting and date filters: publishedAt's day, else the dateline date, else ''.
  day              TEXT NOT NULL,
  parser_version   TEXT NOT NULL,
  created_at       TEXT NOT NULL
);
CREATE INDEX articles_by_day ON articles (day, id);
CREATE INDEX articles_by_city ON articles (dateline_city, day, id);
CREATE INDEX articles_by_country ON articles (dateline_country, day, id);
CREATE INDEX articles_by_source ON articles (source, day, id);
CREATE INDEX articles_by_parser_version ON articles (parser_version, id);

CREATE TABLE officials (
  id           INTEGER PRIMARY KEY,
  name_key     TEXT NOT NULL UNIQUE,              -- normalised full name: one record across articles
  name         TEXT NOT NULL,
  -- The latest role seen with a non-null value, refreshed on every save and delete.
  title        TEXT,
  organization TEXT COLLATE NOCASE,
  country      TEXT COLLATE NOCASE
);

CREATE TABLE official_aliases (
  official_id INTEGER NOT NULL REFERENCES officials (id) ON DELETE CASCADE,
  alias_key   TEXT NOT NULL,
  alias       TEXT NOT NULL,
  PRIMARY KEY (official_id, alias_key)
) WITHOUT ROWID;

CREATE TABLE official_roles (
  id           INTEGER PRIMARY KEY,
  official_id  INTEGER NOT NULL REFERENCES officials (id) ON DELETE CASCADE,
  article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  title        TEXT,
  organization TEXT COLLATE NOCASE,
  country      TEXT COLLATE NOCASE
);
CREATE INDEX official_roles_by_official ON official_roles (official_id, id);
CREATE INDEX official_roles_by_article ON official_roles (article_id);
CREATE INDEX official_roles_by_country ON official_roles (country, official_id);
CREATE INDEX official_roles_by_organization ON official_roles (organization, official_id);

CREATE TABLE quotes (
  id            INTEGER PRIMARY KEY,
  article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal       INTEGER NOT NULL,                 -- position in the article
  day           TEXT NOT NULL,                    -- copy of articles.day: date filters and order by index
  text          TEXT NOT NULL,
  type          TEXT NOT NULL CHECK (type IN ('direct', 'indirect')),
  start         INTEGER NOT NULL,
  "end"         INTEGER NOT NULL,
  cue           TEXT,
  speaker_kind  TEXT CHECK (speaker_kind IN ('person', 'organization', 'anonymous')),
  speaker_name  TEXT,
  speaker_mention TEXT,
  speaker_key   TEXT,                             -- normalised speaker name
  speaker_surname TEXT,                           -- last word of speaker_key: "?speaker=patel"
  official_id   INTEGER REFERENCES officials (id) ON DELETE SET NULL,
  confidence    REAL NOT NULL
);
CREATE INDEX quotes_by_article ON quotes (article_id, ordinal);
CREATE INDEX quotes_by_day ON quotes (day, id);
CREATE INDEX quotes_by_speaker ON quotes (speaker_key, day, id);
CREATE INDEX quotes_by_surname ON quotes (speaker_surname, speaker_key);
CREATE INDEX quotes_by_official ON quotes (official_id, day, id);
CREATE INDEX quotes_by_type ON quotes (type, day, id);

-- Full text: external-content tables kept in step by triggers, so the text is stored once.
CREATE VIRTUAL TABLE articles_fts USING fts5 (text, content = 'articles', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF text ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO articles_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5 (text, content = 'quotes', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

-- Names and aliases of each official as one document (rowid = official id), rewritten by the store.
CREATE VIRTUAL TABLE officials_fts USING fts5 (names, tokenize = 'unicode61 remove_diacritics 2');
