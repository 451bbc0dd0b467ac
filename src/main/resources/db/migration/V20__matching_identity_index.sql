-- Matching module: the identity index that search and duplicate detection read. The register writes it on
-- every change of an artisan (registry depends on matching, never the reverse; no join across modules).
-- One row per artisan with what comparing two people needs, so that re-ranking never reads reg_ tables.
create table mat_identity (
    artisan_id bigint primary key,
    region_code varchar(2) not null,
    province_code varchar(3),
    registration_number varchar(24),
    national_id varchar(10),
    first_name_ar varchar(80),
    last_name_ar varchar(80),
    first_name_lat varchar(80),
    last_name_lat varchar(80),
    birth_date date,
    phone varchar(16),
    name_key varchar(400),
    updated_at timestamp with time zone not null
);
create index mat_identity_national_id_idx on mat_identity(national_id);
create index mat_identity_number_idx on mat_identity(registration_number);
create index mat_identity_region_idx on mat_identity(region_code, artisan_id);

-- Inverted index: phonetic token (t:KEY) or unordered pair of tokens (p:KEY1|KEY2) -> artisan. The key
-- includes the region first after the token, so a regional search is one index range per token and a
-- national search uses the same index by its first column.
create table mat_token (
    token varchar(120) not null,
    region_code varchar(2) not null,
    artisan_id bigint not null,
    primary key (token, region_code, artisan_id)
);
create index mat_token_artisan_idx on mat_token(artisan_id);
