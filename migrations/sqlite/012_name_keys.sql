-- Name keys (officials.name_key, quotes.speaker_key, speakers.key) are made in code from the honorific
-- lexicon (src/extract/lexicons/honorifics.ts). This row records the words the stored keys were made with;
-- at start-up the store re-keys every name when they differ from the code's (src/store/rekey.ts). Empty
-- here, so the first start after this migration re-keys once: the keys then drop the lexicon's ranks and
-- name prefixes too ("Maulana", "Rana", "Chaudhry"), where they dropped a shorter list of their own before.
CREATE TABLE name_key_words (
  id    INTEGER PRIMARY KEY CHECK (id = 1),
  words TEXT NOT NULL
);
