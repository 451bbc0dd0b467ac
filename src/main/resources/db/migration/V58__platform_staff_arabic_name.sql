-- A staff member's name written in Arabic letters, shown on Arabic pages (issue 12, ADR 0038); the existing
-- display name (Latin letters) is shown on French and Tamazight pages and wherever the Arabic one is missing.
alter table plat_user add column display_name_ar varchar(160);
