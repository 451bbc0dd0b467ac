-- Duplicate scans run as jobs of plat_job (ADR 0028): state, node, heartbeat, records read and the failure move
-- to the job; mat_scan keeps the region, who asked, the phase and the pairs found. A running scan's lease is its
-- last beat plus the default stale window (two minutes), after which another node takes it over as before.
insert into plat_job (queue, ref_id, status, owner_node, lease_until, heartbeat_at, attempts, progress_done,
                      progress_total, failure, created_at, started_at, finished_at)
select 'matching.scan', id,
       case when state = 'QUEUED' then 'WAITING' else state end,
       run_by,
       case when state = 'RUNNING' then heartbeat_at + interval '2' minute else null end,
       heartbeat_at, 0, done_records, total_records, failure, requested_at, started_at, finished_at
from mat_scan;

drop index if exists mat_scan_state_idx;
alter table mat_scan drop column state;
alter table mat_scan drop column total_records;
alter table mat_scan drop column done_records;
alter table mat_scan drop column started_at;
alter table mat_scan drop column heartbeat_at;
alter table mat_scan drop column finished_at;
alter table mat_scan drop column run_by;
alter table mat_scan drop column failure;
