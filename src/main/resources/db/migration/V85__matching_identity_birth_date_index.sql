-- A name typed with a birth year ("Mohamed Alaoui 1978", perhaps with a province) keeps, among the thousands
-- who sound like it, those born that year: with this index the search intersects them with the year's range in
-- one pass, province included, instead of reading each holder's row (ADR 0053; 30 ms to 5 ms at 1 M artisans
-- under load).
create index mat_identity_birth_idx on mat_identity(birth_date, province_code, artisan_id);
