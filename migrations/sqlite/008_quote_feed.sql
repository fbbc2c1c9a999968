-- The quotes change feed (GET /v1/quotes?since=N) reads quotes in id order, which is the order they were
-- stored. Unfiltered, or by article, that is a range of the primary key or of quotes_by_article; by speaker
-- (and so by official, which goes through the speaker key) it needs the speaker's quotes in id order, or
-- every quote the speaker ever had would be read and sorted to serve a page of new ones.
CREATE INDEX quotes_by_speaker_and_id ON quotes (speaker_key, id);
