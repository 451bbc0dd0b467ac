package ma.hirfa.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import ma.hirfa.platform.list.Criteria;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.Listing;
import ma.hirfa.platform.list.PageSpec;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.platform.list.SortColumns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue of possible duplicates. A pair is seen only within a set of regions covering both files
 * (null: the whole country); a pair decided "not a duplicate" stays decided and is never proposed again. The
 * register checks who may decide and audits the decisions.
 */
@Service
@Transactional
public class DuplicateReview {

    public static final String PENDING = "PENDING";
    public static final String NOT_DUPLICATE = "NOT_DUPLICATE";
    public static final String MERGED = "MERGED";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DuplicateReview(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Puts a pair in the queue unless it is already known: a pending pair keeps the higher score, a decided
     * one stays decided. Returns whether the pair is new.
     */
    public boolean propose(
            long a, String regionA, long b, String regionB, MatchScore score, String source, String proposedBy) {
        if (a == b) {
            return false;
        }
        long low = Math.min(a, b);
        long high = Math.max(a, b);
        Optional<DuplicatePair> known = find(low, high);
        if (known.isPresent()) {
            if (PENDING.equals(known.get().state())
                    && score.score() > known.get().score()) {
                jdbc.update(
                        "update mat_pair set score = ?, reasons = ? where id = ?",
                        score.score(),
                        reasons(score.reasons()),
                        known.get().id());
            }
            return false;
        }
        jdbc.update(
                "insert into mat_pair (artisan_low, artisan_high, region_low, region_high, score, reasons, source,"
                        + " state, proposed_by, proposed_at) select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                        + " where not exists (select 1 from mat_pair where artisan_low = ? and artisan_high = ?)",
                low,
                high,
                low == a ? regionA : regionB,
                low == a ? regionB : regionA,
                Math.min(0.9999, score.score()),
                reasons(score.reasons()),
                source,
                PENDING,
                proposedBy == null ? "system" : proposedBy,
                Timestamp.from(clock.instant()),
                low,
                high);
        return true;
    }

    /** Whether a reviewer already said these two files are different people. */
    @Transactional(readOnly = true)
    public boolean decidedDifferent(long a, long b) {
        return find(Math.min(a, b), Math.max(a, b))
                .map(p -> NOT_DUPLICATE.equals(p.state()))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public List<DuplicatePair> pending(Set<String> regions, int limit) {
        List<Object> args = new ArrayList<>();
        String where = scopeClause(regions, args);
        args.add(limit);
        return jdbc.query(
                "select * from mat_pair where state = 'PENDING'" + where + " order by score desc, id limit ?",
                ROW,
                args.toArray());
    }

    /** The columns the review queue may be sorted on: highest score first unless the reviewer chose another. */
    public static final SortColumns QUEUE_SORTS = SortColumns.by("score", "score", false)
            .or("proposed", "proposed_at")
            .tieBreaker("id")
            .build();

    /** One page of the pairs waiting for a decision, with the count of all of them. */
    @Transactional(readOnly = true)
    public ListPage<DuplicatePair> pending(Set<String> regions, Sort sort, PageSpec page) {
        List<Object> args = new ArrayList<>();
        String where = scopeClause(regions, args);
        Criteria pending = Criteria.unscoped().always("state = 'PENDING'" + where, args.toArray());
        return Listing.page(JdbcClient.create(jdbc), "*", "mat_pair", pending, sort, page, ROW);
    }

    @Transactional(readOnly = true)
    public long pendingCount(Set<String> regions) {
        List<Object> args = new ArrayList<>();
        String where = scopeClause(regions, args);
        Long n = jdbc.queryForObject(
                "select count(*) from mat_pair where state = 'PENDING'" + where, Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    /** The pair, if the scope covers both of its files. */
    @Transactional(readOnly = true)
    public Optional<DuplicatePair> get(long pairId, Set<String> regions) {
        List<Object> args = new ArrayList<>(List.of(pairId));
        String where = scopeClause(regions, args);
        return jdbc.query("select * from mat_pair where id = ?" + where, ROW, args.toArray()).stream()
                .findFirst();
    }

    /** Pairs involving this file, whatever their state (for the file's page). */
    @Transactional(readOnly = true)
    public List<DuplicatePair> involving(long artisanId, Set<String> regions) {
        List<Object> args = new ArrayList<>(List.of(artisanId, artisanId));
        String where = scopeClause(regions, args);
        return jdbc.query(
                "select * from mat_pair where (artisan_low = ? or artisan_high = ?)" + where + " order by id",
                ROW,
                args.toArray());
    }

    /** Returns the pair as it was before the decision, for the caller's audit trail. */
    public DuplicatePair decideNotDuplicate(long pairId, Set<String> regions, String by) {
        return decide(pairId, regions, NOT_DUPLICATE, null, by);
    }

    public DuplicatePair markMerged(long pairId, Set<String> regions, long survivorId, String by) {
        return decide(pairId, regions, MERGED, survivorId, by);
    }

    /** After an undone merge the pair waits again for a decision. */
    public DuplicatePair reopen(long pairId, Set<String> regions) {
        return decide(pairId, regions, PENDING, null, null);
    }

    private DuplicatePair decide(long pairId, Set<String> regions, String state, Long survivor, String by) {
        DuplicatePair before = get(pairId, regions).orElseThrow(() -> new IllegalArgumentException("pair " + pairId));
        jdbc.update(
                "update mat_pair set state = ?, decided_by = ?, decided_at = ?, survivor_id = ? where id = ?",
                state,
                PENDING.equals(state) ? null : by,
                PENDING.equals(state) ? null : Timestamp.from(clock.instant()),
                survivor,
                pairId);
        return before;
    }

    private Optional<DuplicatePair> find(long low, long high) {
        return jdbc.query("select * from mat_pair where artisan_low = ? and artisan_high = ?", ROW, low, high).stream()
                .findFirst();
    }

    private static String scopeClause(Set<String> regions, List<Object> args) {
        if (regions == null) {
            return "";
        }
        if (regions.isEmpty()) {
            return " and 1 = 0";
        }
        String in = String.join(", ", java.util.Collections.nCopies(regions.size(), "?"));
        args.addAll(regions);
        args.addAll(regions);
        return " and region_low in (" + in + ") and region_high in (" + in + ")";
    }

    static String reasons(List<MatchReason> reasons) {
        return reasons.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static List<MatchReason> reasons(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        List<MatchReason> out = new ArrayList<>();
        Arrays.stream(stored.split(",")).forEach(name -> {
            try {
                out.add(MatchReason.valueOf(name));
            } catch (IllegalArgumentException e) {
                // a reason the engine no longer knows: the score still stands
            }
        });
        return out;
    }

    private static final RowMapper<DuplicatePair> ROW = (ResultSet rs, int row) -> read(rs);

    private static DuplicatePair read(ResultSet rs) throws SQLException {
        long survivor = rs.getLong("survivor_id");
        Long survivorId = rs.wasNull() ? null : survivor;
        return new DuplicatePair(
                rs.getLong("id"),
                rs.getLong("artisan_low"),
                rs.getLong("artisan_high"),
                rs.getString("region_low"),
                rs.getString("region_high"),
                rs.getDouble("score"),
                reasons(rs.getString("reasons")),
                rs.getString("source"),
                rs.getString("state"),
                rs.getString("proposed_by"),
                rs.getTimestamp("proposed_at").toInstant(),
                rs.getString("decided_by"),
                survivorId);
    }
}
