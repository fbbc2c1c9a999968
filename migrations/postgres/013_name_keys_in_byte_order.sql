-- Name keys compare and sort in byte order, as SQLite's BINARY collation does: the database's default
-- collation (often en_US.UTF-8 or an ICU locale) orders "Émile" and "emile" by language rules, so the same
-- speakers, aliases and officials came out in another order than on SQLite. "C" is also cheaper to compare.
-- Each ALTER rebuilds the column's indexes (a few seconds per million quotes).
ALTER TABLE officials ALTER COLUMN name_key TYPE text COLLATE "C";
ALTER TABLE official_aliases ALTER COLUMN alias_key TYPE text COLLATE "C";
ALTER TABLE speakers ALTER COLUMN key TYPE text COLLATE "C";
ALTER TABLE speakers ALTER COLUMN surname TYPE text COLLATE "C";
ALTER TABLE quotes ALTER COLUMN speaker_key TYPE text COLLATE "C";
