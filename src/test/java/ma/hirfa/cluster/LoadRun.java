package ma.hirfa.cluster;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * One timed scenario of the load benchmark: N clients (a fixed thread pool) for a fixed time; latencies, errors,
 * the load average and the CPU time each process spent (from {@code /proc/<pid>/stat}, before and after). Closed
 * (rate 0): each client sends its next request as soon as the last one answered, which finds the most the
 * cluster serves. Paced (rate &gt; 0): request i is due at {@code start + i / rate}, whichever client is free
 * sends it, and its latency counts from when it was due, so a cluster that falls behind is charged for the
 * queue it builds (no coordinated omission).
 */
final class LoadRun {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private LoadRun() {}

    /** The processes to watch, by name; asked again at the end (PostgreSQL backends come and go). */
    record Watched(Supplier<Map<String, List<Long>>> pids, Supplier<List<String>> waits) {}

    /**
     * Runs {@code request} (given the request's sequence number) from {@code clients} threads for {@code seconds}
     * and prints one block of figures; answers whose status is not {@code expected} are errors. Returns the
     * bodies of the answers with the expected status, in no particular order.
     */
    static List<String> run(
            String name,
            HttpClient http,
            int clients,
            double rate,
            int seconds,
            int expected,
            IntFunction<HttpRequest> request,
            Watched watched,
            boolean keepBodies)
            throws Exception {
        Map<String, List<Long>> pidsBefore = watched.pids().get();
        Map<Long, Long> ticksBefore = ticks(pidsBefore.values());
        String loadBefore = loadAverage();
        ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> bodies = new ConcurrentLinkedQueue<>();
        AtomicInteger sequence = new AtomicInteger();
        AtomicLong errorCount = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        // what the database's active backends wait for, sampled twice a second: where a scenario queues
        Map<String, Integer> waits = new java.util.concurrent.ConcurrentHashMap<>();
        var sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(
                () -> {
                    try {
                        watched.waits().get().forEach(w -> waits.merge(w, 1, Integer::sum));
                    } catch (RuntimeException e) {
                        waits.merge("sampling failed: " + e.getMessage(), 1, Integer::sum);
                    }
                },
                500,
                500,
                TimeUnit.MILLISECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                while (true) {
                    int i = sequence.getAndIncrement();
                    long sent = rate > 0 ? start + (long) (i * 1e9 / rate) : System.nanoTime();
                    if (sent >= deadline) {
                        return;
                    }
                    long early = sent - System.nanoTime();
                    if (early > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(early);
                    }
                    HttpRequest next = request.apply(i);
                    try {
                        HttpResponse<byte[]> answer = http.send(next, HttpResponse.BodyHandlers.ofByteArray());
                        micros.add((System.nanoTime() - sent) / 1000);
                        if (answer.statusCode() != expected) {
                            error(
                                    errorCount,
                                    errors,
                                    answer.statusCode() + " " + next.uri() + ": "
                                            + new String(answer.body(), StandardCharsets.UTF_8));
                        } else if (keepBodies) {
                            bodies.add(new String(answer.body(), StandardCharsets.UTF_8));
                        }
                    } catch (IOException e) {
                        micros.add((System.nanoTime() - sent) / 1000);
                        error(errorCount, errors, e + " " + next.uri());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 180L, TimeUnit.SECONDS);
        double wall = (System.nanoTime() - start) / 1e9;
        sampler.shutdownNow();
        Map<String, List<Long>> pidsAfter = watched.pids().get();
        Map<Long, Long> ticksAfter = ticks(pidsAfter.values());
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "%n== %s: %d clients, %s, %.0f s, load average before %s, after %s%n"
                        + "   requests %d, errors %d, throughput %.1f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms,"
                        + " max %.1f ms%n",
                name,
                clients,
                rate > 0 ? String.format(Locale.ROOT, "paced at %.0f/s", rate) : "closed loop",
                wall,
                loadBefore,
                loadAverage(),
                sorted.length,
                errorCount.get(),
                sorted.length / wall,
                pct(sorted, 50),
                pct(sorted, 95),
                pct(sorted, 99),
                pct(sorted, 100));
        StringBuilder cpu = new StringBuilder("   CPU time (s, and cores busy):");
        pidsAfter.forEach((process, pids) -> {
            long spent = 0;
            for (long pid : pids) {
                spent += ticksAfter.getOrDefault(pid, 0L) - ticksBefore.getOrDefault(pid, 0L);
            }
            cpu.append(String.format(
                    Locale.ROOT,
                    " %s %.1f (%.2f);",
                    process,
                    spent / TICKS_PER_SECOND,
                    spent / TICKS_PER_SECOND / wall));
        });
        System.out.println(cpu);
        StringBuilder waited = new StringBuilder("   PostgreSQL active backends, samples (wait | statement):");
        waits.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(6)
                .forEach(w -> waited.append("\n     ")
                        .append(w.getValue())
                        .append(" × ")
                        .append(w.getKey()));
        System.out.println(waited);
        errors.forEach(e -> System.out.println("   error: " + e));
        return new ArrayList<>(bodies);
    }

    /** Standard processes: the two nodes, nginx, the PostgreSQL backends serving the database, this harness. */
    static Watched of(Cluster cluster, Supplier<List<Long>> pgBackends, Supplier<List<String>> pgWaits) {
        return new Watched(
                () -> {
                    Map<String, List<Long>> pids = new LinkedHashMap<>();
                    for (Cluster.Node node : cluster.nodes) {
                        pids.put("node-" + node.name, List.of(node.process.pid()));
                    }
                    try {
                        pids.put("nginx", cluster.nginxPids());
                    } catch (IOException e) {
                        pids.put("nginx", List.of());
                    }
                    pids.put("postgres", pgBackends.get());
                    pids.put("harness", List.of(ProcessHandle.current().pid()));
                    return pids;
                },
                pgWaits);
    }

    private static void error(AtomicLong count, ConcurrentLinkedQueue<String> firstOnes, String what) {
        if (count.incrementAndGet() <= 5) {
            firstOnes.add(what.length() > 400 ? what.substring(0, 400) + "…" : what);
        }
    }

    private static Map<Long, Long> ticks(Iterable<List<Long>> groups) {
        Map<Long, Long> ticks = new HashMap<>();
        for (List<Long> pids : groups) {
            for (long pid : pids) {
                try {
                    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                    // fields after the command name "(...)": state is field 3, utime 14, stime 15
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.put(pid, Long.parseLong(f[11]) + Long.parseLong(f[12]));
                } catch (IOException | RuntimeException gone) {
                    // the process ended between the listing and the reading: its time is lost, say nothing
                }
            }
        }
        return ticks;
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000.0;
    }
}
