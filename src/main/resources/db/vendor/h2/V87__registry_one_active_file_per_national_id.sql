-- Registry module: Law 50.17, a person holds one active registration at most (ADR 0064). H2 has no partial
-- index, so the active file's national id is a generated column (null for REJECTED, STRUCK_OFF and MERGED
-- files; a unique index allows any number of nulls) with a unique index under the PostgreSQL index's name
-- (db/vendor/postgresql). No entity maps the column and no insert names it.
alter table reg_artisan add column active_national_id varchar(10) generated always as
    (case when status in ('REJECTED', 'STRUCK_OFF', 'MERGED') then null else national_id end);
create unique index reg_artisan_one_active_national_id on reg_artisan (active_national_id);
