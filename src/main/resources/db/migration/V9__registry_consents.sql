-- Law 09-08: the artisan's consent, per purpose, as last recorded (history is in the audit trail).
create table reg_consent (
    artisan_id bigint not null references reg_artisan(id),
    purpose varchar(20) not null,
    granted boolean not null,
    recorded_at timestamp with time zone not null,
    recorded_by varchar(80) not null,
    primary key (artisan_id, purpose)
);
