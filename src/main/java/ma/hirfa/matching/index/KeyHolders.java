package ma.hirfa.matching.index;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import ma.hirfa.matching.Narrowing;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The search's reads of {@code mat_token}: which artisans hold these keys, in the caller's regions, narrowed by a
 * birth year, a province or a piece of the registration number; the writes and the identity rows are {@link
 * IdentityTable}'s.
 */
public final class KeyHolders {

    /** Raw index rows read at most per key when a search is narrowed (each is then checked on its identity). */
    static final int NARROWED_SCAN = 3_000;

    private final JdbcTemplate jdbc;

    public KeyHolders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Artisans holding any of these index keys (within the regions, all when null), keeping only the artisans the narrowing allows (birth year,
     * province, a piece of the registration number), checked on their identity row; at most {@link
     * #NARROWED_SCAN} index rows are read, so a narrowed search costs a bounded number of primary-key reads.
     */
    public List<Long> holdersOfAny(List<String> keys, Set<String> regions, Narrowing narrowing, int limit) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        String sql = holdersSql(keys, regions, narrowing, limit, false, args);
        return jdbc.queryForList(sql, Long.class, args.toArray());
    }

    /**
     * The holders of several groups of keys in one round trip, each group with its own cap: for each row, the
     * group's index and the artisan (an artisan holding keys of two groups comes twice). Groups are expected to
     * be held by many (phonetic pairs, single tokens), except the first one if {@code firstFew} (spelled pairs).
     */
    public List<long[]> holdersByGroup(
            List<List<String>> groups,
            List<Integer> limits,
            boolean firstFew,
            Set<String> regions,
            Narrowing narrowing) {
        List<Object> args = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            if (!groups.get(g).isEmpty()) {
                parts.add("select " + g + " as grp, h.artisan_id from ("
                        + holdersSql(groups.get(g), regions, narrowing, limits.get(g), g > 0 || !firstFew, args)
                        + ") h");
            }
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                String.join(" union all ", parts), (rs, n) -> new long[] {rs.getInt(1), rs.getLong(2)}, args.toArray());
    }

    private static String holdersSql(
            List<String> keys, Set<String> regions, Narrowing narrowing, int limit, boolean many, List<Object> args) {
        if (many
                && narrowing.birthYear() != null
                && narrowing.numberFragment() == null
                && plainCodes(regions, narrowing)) {
            return byYearSql(keys, regions, narrowing, limit);
        }
        args.addAll(keys);
        String where = IdentityTable.regionClause(regions, args);
        String tokens =
                "select artisan_id from mat_token where token in (" + IdentityTable.marks(keys.size()) + ")" + where;
        if (narrowing.isNone()) {
            args.add(limit);
            return tokens + " limit ?";
        }
        args.add(NARROWED_SCAN);
        StringBuilder sql = new StringBuilder("select i.artisan_id from (")
                .append(tokens)
                .append(" limit ?) t join mat_identity i on i.artisan_id = t.artisan_id where 1 = 1");
        if (narrowing.birthYear() != null) {
            sql.append(" and i.birth_date >= ? and i.birth_date < ?");
            args.add(Date.valueOf(java.time.LocalDate.of(narrowing.birthYear(), 1, 1)));
            args.add(Date.valueOf(java.time.LocalDate.of(narrowing.birthYear() + 1, 1, 1)));
        }
        if (!narrowing.provinceCodes().isEmpty()) {
            sql.append(" and i.province_code in (")
                    .append(IdentityTable.marks(narrowing.provinceCodes().size()))
                    .append(")");
            args.addAll(narrowing.provinceCodes());
        }
        if (narrowing.numberFragment() != null) {
            sql.append(" and i.registration_number like ?");
            args.add("%" + narrowing.numberFragment().replace("%", "").replace("_", "") + "%");
        }
        sql.append(" limit ?");
        args.add(limit);
        return sql.toString();
    }

    /**
     * Many holders narrowed by a birth year (and a province): intersected with the year's range of {@code
     * mat_identity_birth_idx} (V85, which holds the province too, so no row is read). PostgreSQL estimates far
     * fewer holders than a common pair has, and checked each holder's row by its key (3,000 row reads, 30-130 ms
     * under load): "+ 0" takes that plan away, and the values are written into the statement, since a plan made
     * once for any value (a prepared statement's generic plan) scans the year's range again for every holder.
     */
    private static String byYearSql(List<String> keys, Set<String> regions, Narrowing narrowing, int limit) {
        StringBuilder sql =
                new StringBuilder("select i.artisan_id from (select artisan_id from mat_token where token in (");
        for (int k = 0; k < keys.size(); k++) {
            sql.append(k == 0 ? "" : ", ")
                    .append('\'')
                    .append(keys.get(k).replace("'", "''"))
                    .append('\'');
        }
        sql.append(')');
        if (regions != null) {
            sql.append(regions.isEmpty() ? " and 1 = 0" : " and region_code in (" + quoted(regions) + ")");
        }
        java.time.LocalDate from = java.time.LocalDate.of(narrowing.birthYear(), 1, 1);
        sql.append(" limit ")
                .append(NARROWED_SCAN)
                .append(") t join mat_identity i on i.artisan_id + 0 = t.artisan_id where i.birth_date >= date '")
                .append(from)
                .append("' and i.birth_date < date '")
                .append(from.plusYears(1))
                .append('\'');
        if (!narrowing.provinceCodes().isEmpty()) {
            sql.append(" and i.province_code in (")
                    .append(quoted(narrowing.provinceCodes()))
                    .append(')');
        }
        return sql.append(" limit ").append(limit).toString();
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[0-9A-Za-z]{1,10}");

    /** Whether the region and province codes may be written into a statement as they are. */
    private static boolean plainCodes(Set<String> regions, Narrowing narrowing) {
        return (regions == null
                        || regions.stream().allMatch(r -> CODE.matcher(r).matches()))
                && narrowing.provinceCodes().stream()
                        .allMatch(p -> CODE.matcher(p).matches());
    }

    private static String quoted(Collection<String> codes) {
        return String.join(", ", codes.stream().sorted().map(c -> "'" + c + "'").toList());
    }
}
