package ma.hirfa.platform.transfer;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The benchmark's second heap figure: the largest heap in use just after a collection (what the import keeps
 * alive), next to the sum of the pools' peaks (which adds garbage and peaks reached at different times).
 */
final class LiveHeap {

    private final AtomicLong peak = new AtomicLong();

    private LiveHeap() {}

    static LiveHeap watch() {
        LiveHeap live = new LiveHeap();
        java.util.Set<String> heapPools = new java.util.HashSet<>();
        ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .forEach(p -> heapPools.add(p.getName()));
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc)
                    .addNotificationListener(
                            (notification, handback) -> {
                                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                        notification.getType())) {
                                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                                            (CompositeData) notification.getUserData());
                                    long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                            .mapToLong(u -> u.getUsed())
                                            .sum();
                                    live.peak.accumulateAndGet(used, Math::max);
                                }
                            },
                            null,
                            null);
        }
        return live;
    }

    long peak() {
        return peak.get();
    }
}
