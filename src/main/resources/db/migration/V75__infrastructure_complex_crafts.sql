-- The crafts a complex is meant for (codes of the crafts nomenclature); none = open to every craft. A call for
-- the complex's units refuses an artisan of another craft, and a cooperative none of whose crafts is listed.
create table infra_complex_craft (
    complex_id bigint not null references infra_complex(id),
    craft_code varchar(20) not null,
    primary key (complex_id, craft_code)
);
