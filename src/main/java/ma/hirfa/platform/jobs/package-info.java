/**
 * Background jobs (ADR 0028): every long task of every module runs on one worker that each node polls. A kind of
 * job is a {@link ma.hirfa.platform.jobs.JobQueue} kept in its owner's table, which also holds the progress its
 * page shows: the queue claims a job with a conditional update (one node wins), keeps a lease or heartbeat
 * while it runs, is taken over by another node when the beat stops, and records a failure on the job. Work that
 * must run on one node at a time on a schedule takes a named lease from {@link ma.hirfa.platform.jobs.Leases}.
 * Reached by other modules as {@code "platform :: jobs"}.
 */
@org.springframework.modulith.NamedInterface("jobs")
package ma.hirfa.platform.jobs;
