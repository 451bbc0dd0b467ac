-- A replayed answer carries the Location of the first one (ADR 0041); expired keys are swept by created_at.
alter table plat_idempotency add column location varchar(2000);
create index plat_idempotency_created on plat_idempotency (created_at);
