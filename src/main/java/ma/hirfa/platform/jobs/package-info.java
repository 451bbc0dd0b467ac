/**
 * Background jobs (ADR 0028): every long task of every module is a row of {@code plat_job}, handled through
 * {@link ma.hirfa.platform.jobs.Jobs} (submit, claim with a lease, renew it as the heartbeat and the fence of a
 * batch's transaction, progress, finish, fail) and run by the one worker that each node polls, which asks every
 * {@link ma.hirfa.platform.jobs.JobQueue} bean for its next job. The owner's table keeps only what the job is
 * about and what it found, keyed by the job's {@code ref_id}. Work that must run on one node at a time on a
 * schedule takes a named lease from {@link ma.hirfa.platform.jobs.Leases}. Reached by other modules as
 * {@code "platform :: jobs"}.
 */
@org.springframework.modulith.NamedInterface("jobs")
package ma.hirfa.platform.jobs;
