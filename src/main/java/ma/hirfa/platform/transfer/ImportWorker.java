package ma.hirfa.platform.transfer;

import ma.hirfa.platform.jobs.JobQueue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Import jobs as a queue of the platform's job worker: each poll takes the oldest job that waits or whose lease
 * expired (its node crashed) and runs it to its end. Nothing about a job is kept in this node's memory between
 * polls; the import row holds its phase and checkpoint, its platform job the status and lease ({@link ImportJobStore}).
 */
@Component
class ImportWorker implements JobQueue {

    private final ImportJobStore jobs;
    private final ImportRunner runner;
    private final boolean enabled;

    ImportWorker(
            ImportJobStore jobs, ImportRunner runner, @Value("${hirfa.transfer.worker.enabled:true}") boolean enabled) {
        this.jobs = jobs;
        this.runner = runner;
        this.enabled = enabled;
    }

    @Override
    public boolean runNext(String node) {
        return enabled && runOnce(node);
    }

    /** Claims and runs one job as {@code node}; false when none was waiting. */
    boolean runOnce(String node) {
        return jobs.claim(node, runner.lease())
                .map(job -> {
                    runner.run(job, node, Integer.MAX_VALUE);
                    return true;
                })
                .orElse(false);
    }
}
