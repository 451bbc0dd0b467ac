-- Domain events stored with the transaction that published them (Spring Modulith's JDBC event publication
-- registry, schema v2 of Modulith 2.0; ADR 0027). The table name and columns are the library's: one row per
-- event and listener, completed when the listener has run. Types valid on H2 (PostgreSQL mode) and PostgreSQL.
-- serialized_event holds the event as JSON; Hirfa's events carry ids and a few fields, far below 4000 chars.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            varchar(512)             not null,
    event_type             varchar(512)             not null,
    serialized_event       varchar(4000)            not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);

-- completion looks a publication up by listener and event; the retry and the clean-up by completion date
create index event_publication_by_listener_idx on event_publication (listener_id);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
