-- Which node seeded the demo into this database, and whether it finished. The primary key makes the claim
-- exclusive: of several nodes starting at once on an empty database, one inserts the row and seeds, the others
-- fail to insert it and wait for finished_at (ADR 0031).
create table plat_demo_seed (
    id integer primary key,
    claimed_by varchar(200) not null,
    claimed_at timestamp with time zone not null,
    finished_at timestamp with time zone
);
