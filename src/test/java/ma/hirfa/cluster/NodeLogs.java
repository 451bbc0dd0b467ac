package ma.hirfa.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what every node logged about leases and job claims ({@code ma.hirfa.platform.jobs} at DEBUG): one line per
 * run of a scheduled task under a lease, one line per claim of a job. Whatever the task or the queue, so that work
 * the next modules add is covered too.
 */
final class NodeLogs {

    private static final Pattern TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}:\\d{2})[.,](\\d{3})");
    private static final Pattern LEASE = Pattern.compile("Lease (\\S+) held by (\\S+) for (\\S+)");
    private static final Pattern CLAIM = Pattern.compile("Job (\\d+) of (\\S+) claimed by (\\S+)( \\(taken over\\))?");

    record Lease(LocalDateTime at, String name, String node, Duration period) {}

    record Claim(LocalDateTime at, long job, String queue, String node, boolean takenOver) {}

    private NodeLogs() {}

    static List<Lease> leases(List<Path> logs) throws IOException {
        List<Lease> found = new ArrayList<>();
        for (String line : lines(logs)) {
            Matcher m = LEASE.matcher(line);
            LocalDateTime at = time(line);
            if (m.find() && at != null) {
                found.add(new Lease(at, m.group(1), m.group(2), Duration.parse(m.group(3))));
            }
        }
        found.sort(Comparator.comparing(Lease::at));
        return found;
    }

    static List<Claim> claims(List<Path> logs) throws IOException {
        List<Claim> found = new ArrayList<>();
        for (String line : lines(logs)) {
            Matcher m = CLAIM.matcher(line);
            LocalDateTime at = time(line);
            if (m.find() && at != null) {
                found.add(new Claim(at, Long.parseLong(m.group(1)), m.group(2), m.group(3), m.group(4) != null));
            }
        }
        found.sort(Comparator.comparing(Claim::at));
        return found;
    }

    /**
     * The runs of scheduled work where a node took a lease another node still held (never expected), per lease:
     * each run must start after the previous holder's period ended (one second of slack for the log's clock).
     */
    static Map<String, List<String>> overlaps(List<Lease> leases) {
        Map<String, List<String>> overlaps = new LinkedHashMap<>();
        Map<String, Lease> last = new LinkedHashMap<>();
        for (Lease lease : leases) {
            overlaps.putIfAbsent(lease.name(), new ArrayList<>());
            Lease before = last.get(lease.name());
            if (before != null
                    && !before.node().equals(lease.node())
                    && lease.at().isBefore(before.at().plus(before.period()).minusSeconds(1))) {
                overlaps.get(lease.name()).add(before + " then " + lease);
            }
            last.put(lease.name(), lease);
        }
        return overlaps;
    }

    /** The node names that wrote into these logs (from their lease and claim lines). */
    static boolean wrote(List<Path> logs, String node) throws IOException {
        return lines(logs).stream().anyMatch(line -> line.contains(" by " + node));
    }

    private static List<String> lines(List<Path> logs) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path log : logs) {
            if (Files.exists(log)) {
                lines.addAll(Files.readAllLines(log));
            }
        }
        return lines;
    }

    private static LocalDateTime time(String line) {
        Matcher m = TIME.matcher(line);
        return m.find() ? LocalDateTime.parse(m.group(1) + "T" + m.group(2) + "." + m.group(3)) : null;
    }
}
