-- Idempotency keys of API requests: a retried POST (same user, same key) gets the first answer again instead
-- of creating a second record. Field devices that sync after working offline rely on it.
create table plat_idempotency (
    username varchar(80) not null,
    idem_key varchar(100) not null,
    request_hash varchar(64) not null,
    state varchar(10) not null,
    response_status integer,
    content_type varchar(100),
    response_body varchar(200000),
    created_at timestamp with time zone not null,
    primary key (username, idem_key)
);
