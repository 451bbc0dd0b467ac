package ma.hirfa.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobWorkerTest {

    @Test
    void runsEveryQueueUntilNoneHasWorkLeft() {
        Queue imports = new Queue(3);
        Queue scans = new Queue(1);
        new JobWorker(List.of(imports, scans), new JobNode(), true).poll();

        assertThat(imports.ran).hasSize(3);
        assertThat(scans.ran).hasSize(1);
        assertThat(imports.ran).allMatch(node -> node.equals(scans.ran.get(0)));
    }

    @Test
    void aQueueThatBreaksDoesNotStopTheOthers() {
        JobQueue broken = node -> {
            throw new IllegalStateException("table missing");
        };
        Queue scans = new Queue(2);
        new JobWorker(List.of(broken, scans), new JobNode(), true).poll();

        assertThat(scans.ran).hasSize(2);
    }

    @Test
    void aNodeWithJobsSwitchedOffRunsNothing() {
        Queue imports = new Queue(2);
        new JobWorker(List.of(imports), new JobNode(), false).poll();

        assertThat(imports.ran).isEmpty();
    }

    private static final class Queue implements JobQueue {

        final List<String> ran = new ArrayList<>();
        int waiting;

        Queue(int waiting) {
            this.waiting = waiting;
        }

        @Override
        public boolean runNext(String node) {
            if (waiting == 0) {
                return false;
            }
            waiting--;
            ran.add(node);
            return true;
        }
    }
}
