-- Registry module: Law 50.17, a person holds one active registration at most (ADR 0064). The check in
-- ArtisanRules and the import's re-check only read; this index makes the database refuse the second active file
-- when two writers (form, API, import, another node) pass the check at the same moment. "Active" is
-- ArtisanStatus.active(): every status but REJECTED, STRUCK_OFF and MERGED. H2 has no partial index: its twin
-- (db/vendor/h2) only records the rule, which the check alone keeps there.
-- Fails on a register that already holds two active files of one person: find and resolve them first
-- (docs/operations.md, "Upgrading").
create unique index reg_artisan_one_active_national_id on reg_artisan (national_id)
    where status not in ('REJECTED', 'STRUCK_OFF', 'MERGED');
