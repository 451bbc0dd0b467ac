-- The duplicate check of every registration (ArtisanQueries.lookalike) asks for files with the same national id OR
-- the same birth date and name: without an index on the birth date the OR made PostgreSQL scan the whole register
-- (210 ms at 1 M files, measured by LoadBenchmark; 16 ms with this index, docs/benchmarks.md "Load").
create index reg_artisan_birth_date_idx on reg_artisan(birth_date);
