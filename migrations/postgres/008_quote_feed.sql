-- As SQLite's 008_quote_feed.sql: the change feed by speaker reads the speaker's quotes in id order.
CREATE INDEX quotes_by_speaker_and_id ON quotes (speaker_key, id);
