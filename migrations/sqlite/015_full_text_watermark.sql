-- The full-text indexes hold the quotes and articles up to these ids; the store indexes the rows past them
-- in bulk, many transactions' at once when the writer thread defers it (src/store/fts.ts). FTS5 writes a
-- segment per flush and merges segments again and again, so a single POST's transaction indexing its own
-- few rows cost more the larger the index grew. Everything stored so far is indexed.
CREATE TABLE fts_indexed (
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  quotes   INTEGER NOT NULL,
  articles INTEGER NOT NULL
);
INSERT INTO fts_indexed VALUES (1, (SELECT coalesce(max(id), 0) FROM quotes), (SELECT coalesce(max(id), 0) FROM articles));

-- FTS5 can only remove text it holds: rows past the watermark are not in the index yet (and an edited
-- article's new text is indexed with it when its turn comes).
DROP TRIGGER quotes_fts_delete;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes WHEN old.id <= (SELECT quotes FROM fts_indexed) BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
DROP TRIGGER articles_fts_delete;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles WHEN old.id <= (SELECT articles FROM fts_indexed) BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
DROP TRIGGER articles_fts_update;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF text ON articles WHEN old.id <= (SELECT articles FROM fts_indexed) BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO articles_fts (rowid, text) VALUES (new.id, new.text);
END;
