-- Apprenticeship: one row per master, locked while a contract is created for them, so that two agents on two
-- nodes cannot both give a master a contract beyond their capacity (the count and the insert are serialised).
create table app_master_lock (
    master_id bigint primary key
);
