-- Registry: which import job (and which committed batch of it) created an artisan file, so that the audit
-- record written once per batch names exactly the files it covers (ADR 0015).
alter table reg_artisan add column import_job_id bigint;
alter table reg_artisan add column import_batch integer;
create index reg_artisan_import_idx on reg_artisan(import_job_id, import_batch);
-- Legacy lists often lack the sex: an imported draft may have none until an agent completes it (the form
-- still requires it before the file is submitted).
alter table reg_artisan alter column sex drop not null;
