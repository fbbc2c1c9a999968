-- As SQLite's 012_name_keys.sql: the honorific words the stored name keys were made with; empty, so the
-- first start re-keys once (src/store/rekey.ts).
CREATE TABLE name_key_words (
  id    integer PRIMARY KEY CHECK (id = 1),
  words text NOT NULL
);
