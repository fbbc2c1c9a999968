-- Which pass and sieves decided each quote and its speaker, as JSON ({"quote": ..., "speaker": ...}), kept
-- from the parse that stored it, so GET ?explain=true can show it for stored quotes as POST /v1/parse does.
-- Null for quotes stored before this migration (until a re-parse) and for quotes written by tools that do
-- not parse (bench:data).
ALTER TABLE quotes ADD COLUMN provenance TEXT;
