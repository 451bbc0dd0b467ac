package ma.hirfa.platform.transfer;

import java.net.InetAddress;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every node polls for import jobs that wait or whose lease expired (their node crashed) and runs one at a
 * time. Nothing about a job is kept in this node's memory between polls.
 */
@Component
class ImportWorker {

    private final ImportJobStore jobs;
    private final ImportRunner runner;
    private final boolean enabled;
    private final String owner;

    ImportWorker(
            ImportJobStore jobs, ImportRunner runner, @Value("${hirfa.transfer.worker.enabled:true}") boolean enabled) {
        this.jobs = jobs;
        this.runner = runner;
        this.enabled = enabled;
        this.owner = nodeName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Scheduled(fixedDelayString = "${hirfa.transfer.poll-interval:1s}", initialDelayString = "5s")
    void poll() {
        if (enabled) {
            while (runOnce(owner)) {
                // next waiting job
            }
        }
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

    private static String nodeName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "node";
        }
    }
}
