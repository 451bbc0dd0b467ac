-- A duplicate scan scores its candidate pairs in partitions ordered by the first artisan of each pair; after each
-- partition it records, in the transaction that proposes the partition's pairs, the highest such artisan id. A
-- node that takes the scan over resumes after it (null: nothing scored yet).
alter table mat_scan add column resume_after bigint;
