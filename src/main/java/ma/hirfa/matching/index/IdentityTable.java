package ma.hirfa.matching.index;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import ma.hirfa.matching.IdentityKeys;
import ma.hirfa.matching.IdentityMatching;
import ma.hirfa.matching.IdentityRecord;
import ma.hirfa.matching.IndexedIdentity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Reads and writes the identity index tables ({@code mat_identity}, {@code mat_token}) with plain JDBC. */
public final class IdentityTable {

    private static final String COLUMNS = "artisan_id, region_code, province_code, registration_number, national_id,"
            + " first_name_ar, last_name_ar, first_name_lat, last_name_lat, birth_date, phone";
    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;

    public IdentityTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the entries of these artisans, in batches: used for one artisan and for a million. */
    public void replace(List<IndexedIdentity> identities, Instant now) {
        for (int from = 0; from < identities.size(); from += CHUNK) {
            List<IndexedIdentity> chunk = identities.subList(from, Math.min(identities.size(), from + CHUNK));
            List<Long> ids = chunk.stream().map(IndexedIdentity::artisanId).toList();
            delete(ids);
            List<Object[]> rows = new ArrayList<>();
            List<Object[]> tokens = new ArrayList<>();
            for (IndexedIdentity i : chunk) {
                IdentityRecord r = i.identity();
                IdentityKeys keys = IdentityMatching.keys(r);
                rows.add(new Object[] {
                    i.artisanId(),
                    i.regionCode(),
                    r.provinceCode(),
                    i.registrationNumber(),
                    r.nationalId(),
                    r.firstNameAr(),
                    r.lastNameAr(),
                    r.firstNameLat(),
                    r.lastNameLat(),
                    r.birthDate() == null ? null : Date.valueOf(r.birthDate()),
                    r.phone(),
                    cut(keys.nameKey(), 400),
                    Timestamp.from(now)
                });
                for (String key : IndexKeys.all(keys.tokens())) {
                    tokens.add(new Object[] {key, i.regionCode(), i.artisanId()});
                }
            }
            jdbc.batchUpdate(
                    "insert into mat_identity (" + COLUMNS + ", name_key, updated_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows);
            jdbc.batchUpdate("insert into mat_token (token, region_code, artisan_id) values (?, ?, ?)", tokens);
        }
    }

    public void delete(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        String in = marks(ids.size());
        jdbc.update("delete from mat_token where artisan_id in (" + in + ")", ids.toArray());
        jdbc.update("delete from mat_identity where artisan_id in (" + in + ")", ids.toArray());
    }

    public long count() {
        Long n = jdbc.queryForObject("select count(*) from mat_identity", Long.class);
        return n == null ? 0 : n;
    }

    /** Artisans holding this index key, at most {@code limit}, within the regions (all when null). */
    public List<Long> holders(String key, Set<String> regions, int limit) {
        List<Object> args = new ArrayList<>();
        args.add(key);
        String where = regionClause(regions, args);
        args.add(limit);
        return jdbc.queryForList(
                "select artisan_id from mat_token where token = ?" + where + " limit ?", Long.class, args.toArray());
    }

    /** Artisans holding any of these index keys (pairs are rare: no limit needed beyond a safety cap). */
    public List<Long> holdersOfAny(List<String> keys, Set<String> regions, int limit) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(keys);
        String where = regionClause(regions, args);
        args.add(limit);
        return jdbc.queryForList(
                "select artisan_id from mat_token where token in (" + marks(keys.size()) + ")" + where + " limit ?",
                Long.class,
                args.toArray());
    }

    /** By national id or registration number, exactly as normalised by the register. */
    public List<IndexedIdentity> byReference(String reference, Set<String> regions) {
        List<Object> args = new ArrayList<>(List.of(reference, reference));
        String where = regionClause(regions, args);
        return jdbc.query(
                "select " + COLUMNS + " from mat_identity where (national_id = ? or registration_number = ?)" + where,
                ROW,
                args.toArray());
    }

    public List<IndexedIdentity> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "select " + COLUMNS + " from mat_identity where artisan_id in (" + marks(ids.size()) + ")",
                ROW,
                ids.toArray());
    }

    /** Streams the index of the regions (all when null), in id order, for the batch scan. */
    public void forEach(Set<String> regions, Consumer<IndexedIdentity> each) {
        List<Object> args = new ArrayList<>();
        String where = regionClause(regions, args);
        jdbc.query(
                con -> {
                    PreparedStatement ps = con.prepareStatement(
                            "select " + COLUMNS + " from mat_identity where 1 = 1" + where + " order by artisan_id");
                    ps.setFetchSize(2000);
                    for (int i = 0; i < args.size(); i++) {
                        ps.setObject(i + 1, args.get(i));
                    }
                    return ps;
                },
                rs -> {
                    each.accept(ROW.mapRow(rs, 0));
                });
    }

    public long count(Set<String> regions) {
        List<Object> args = new ArrayList<>();
        String where = regionClause(regions, args);
        Long n = jdbc.queryForObject(
                "select count(*) from mat_identity where 1 = 1" + where, Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    public Map<Long, String> regionsOf(Collection<Long> ids) {
        Map<Long, String> out = new java.util.HashMap<>();
        byIds(ids).forEach(i -> out.put(i.artisanId(), i.regionCode()));
        return Collections.unmodifiableMap(out);
    }

    private static String regionClause(Set<String> regions, List<Object> args) {
        if (regions == null) {
            return "";
        }
        if (regions.isEmpty()) {
            return " and 1 = 0";
        }
        args.addAll(regions);
        return " and region_code in (" + marks(regions.size()) + ")";
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static final RowMapper<IndexedIdentity> ROW = (ResultSet rs, int row) -> read(rs);

    private static IndexedIdentity read(ResultSet rs) throws SQLException {
        Date birth = rs.getDate("birth_date");
        long id = rs.getLong("artisan_id");
        return new IndexedIdentity(
                id,
                rs.getString("region_code"),
                rs.getString("registration_number"),
                new IdentityRecord(
                        Long.toString(id),
                        rs.getString("national_id"),
                        rs.getString("first_name_ar"),
                        rs.getString("last_name_ar"),
                        rs.getString("first_name_lat"),
                        rs.getString("last_name_lat"),
                        birth == null ? null : birth.toLocalDate(),
                        rs.getString("province_code"),
                        rs.getString("phone")));
    }
}
