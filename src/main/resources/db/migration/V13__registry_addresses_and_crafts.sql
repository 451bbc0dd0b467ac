-- Registry: the artisan's address, workshop address and other crafts practised (codes of the nomenclature,
-- comma-separated; the main craft stays in craft_code).
alter table reg_artisan add column address varchar(200);
alter table reg_artisan add column workshop_address varchar(200);
alter table reg_artisan add column other_crafts varchar(200);
