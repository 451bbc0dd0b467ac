-- Search that finds the one (ADR 0053): the index now also holds exact-spelling pairs of words. Each identity
-- row records the version of the keys it was indexed with; rows below the engine's version (all of them, on
-- this upgrade) are re-indexed in the background by one node, while the search keeps reading the old keys.
alter table mat_identity add column keys_version smallint default 0 not null;
