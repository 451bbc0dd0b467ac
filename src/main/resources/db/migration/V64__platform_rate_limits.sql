-- Rate limits (ADR 0041): Bucket4j token buckets shared by every node, one row per bucket (its kind, its limit
-- and the caller's address or token digest). expires_at lets the sweep delete buckets nobody used for a while.
create table plat_rate_bucket (
    id varchar(200) primary key,
    state bytea,
    expires_at timestamp with time zone
);
create index plat_rate_bucket_expires on plat_rate_bucket (expires_at);

-- The login lockout counts failures per account AND address, so nobody can lock another person out.
alter table plat_login_throttle alter column username set data type varchar(200);
