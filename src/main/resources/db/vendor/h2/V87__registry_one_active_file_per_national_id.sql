-- Registry module: Law 50.17, a person holds one active registration at most (ADR 0064). On PostgreSQL, the
-- database of production and of every cluster, a partial unique index enforces it (db/vendor/postgresql). H2 is
-- the single-node try-out database: it has no partial index, and the generated column that would stand in for one
-- made H2 2.4 close its in-memory databases now and then under the test suite (error 90098). On H2 the register's
-- check (ArtisanRules) alone keeps the rule; this migration only records it, so both vendors stay at one version.
comment on table reg_artisan is 'One active file per national id (ADR 0064): enforced by an index on PostgreSQL only';
