package ma.hirfa.platform.jobs;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The one worker: polls every {@link JobQueue} in turn and keeps going while one of them found work. Nothing
 * about a job stays in this node's memory between polls; a node that stops is replaced by the others' claims.
 */
@Component
class JobWorker {

    private static final Logger LOG = LoggerFactory.getLogger(JobWorker.class);

    private final List<JobQueue> queues;
    private final JobNode node;
    private final boolean enabled;

    JobWorker(List<JobQueue> queues, JobNode node, @Value("${hirfa.jobs.enabled:true}") boolean enabled) {
        this.queues = queues;
        this.node = node;
        this.enabled = enabled;
    }

    @Scheduled(
            fixedDelayString = "${hirfa.jobs.poll-interval:${hirfa.transfer.poll-interval:1s}}",
            initialDelayString = "${hirfa.jobs.initial-delay:5s}")
    void poll() {
        if (!enabled) {
            return;
        }
        boolean ran;
        do {
            ran = false;
            for (JobQueue queue : queues) {
                try {
                    ran |= queue.runNext(node.name());
                } catch (RuntimeException e) {
                    // a queue records its own failures; this only keeps one broken queue from stopping the others
                    LOG.error("Job queue {} failed to poll", queue.getClass().getSimpleName(), e);
                }
            }
        } while (ran);
    }
}
