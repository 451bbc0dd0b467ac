-- Platform / transfer: rows held for a person to decide (e.g. a fund row matched by name only). They are
-- written at commit where the kind keeps them for review, never applied silently.
alter table imp_job add column held_rows bigint not null default 0;
