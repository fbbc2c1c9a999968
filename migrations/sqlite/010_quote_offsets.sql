-- Where each quote's cue and its speaker's mention are in the article (parser 0.5.0), so a client can
-- highlight them as it highlights the quote. Quotes stored before have NULL: re-parsing them (POST
-- /v1/admin/reparse, which picks up the older parser version) fills them in.
ALTER TABLE quotes ADD COLUMN cue_start INTEGER;
ALTER TABLE quotes ADD COLUMN cue_end INTEGER;
ALTER TABLE quotes ADD COLUMN mention_start INTEGER;
ALTER TABLE quotes ADD COLUMN mention_end INTEGER;
