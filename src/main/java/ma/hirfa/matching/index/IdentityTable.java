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
import ma.hirfa.matching.IndexEntries;
import ma.hirfa.matching.IndexedIdentity;
import ma.hirfa.matching.phonetic.NameCache;
import ma.hirfa.platform.CopyText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Reads and writes the identity index tables ({@code mat_identity}, {@code mat_token}) with plain JDBC. */
public final class IdentityTable {

    private static final String COLUMNS = "artisan_id, region_code, province_code, registration_number, national_id,"
            + " first_name_ar, last_name_ar, first_name_lat, last_name_lat, birth_date, phone";
    private static final String WRITTEN = COLUMNS + ", name_key, updated_at, keys_version";
    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

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
            NameCache cache = new NameCache();
            for (IndexedIdentity i : chunk) {
                IdentityKeys keys = IdentityMatching.keys(i.identity());
                rows.add(identityRow(i, keys, now));
                tokenRows(i, keys, cache, tokens);
            }
            insertRows(rows, tokens);
        }
    }

    /**
     * Inserts the entries of artisans that have none yet, with their keys already computed (same order). On
     * PostgreSQL with {@code COPY FROM STDIN} ({@link #encodeNew}); elsewhere with JDBC batches. In the caller's
     * transaction.
     */
    public void insertNew(List<IndexedIdentity> identities, List<IdentityKeys> keys, Instant now) {
        if (identities.size() != keys.size()) {
            throw new IllegalArgumentException("one set of keys per identity");
        }
        if (identities.isEmpty()) {
            return;
        }
        NameCache cache = new NameCache();
        if (!isPostgres()) {
            for (int from = 0; from < identities.size(); from += CHUNK) {
                int to = Math.min(identities.size(), from + CHUNK);
                List<Object[]> rows = new ArrayList<>();
                List<Object[]> tokens = new ArrayList<>();
                for (int i = from; i < to; i++) {
                    rows.add(identityRow(identities.get(i), keys.get(i), now));
                    tokenRows(identities.get(i), keys.get(i), cache, tokens);
                }
                insertRows(rows, tokens);
            }
            return;
        }
        insertEncoded(encodeNew(identities, keys, now));
    }

    /**
     * The rows of {@link #insertNew} in PostgreSQL's {@code COPY} text, encoded without touching the database
     * (so on any thread, before the transaction that writes them): the token rows sorted by key, so that each
     * page of the index is visited once per call instead of once per row.
     */
    public IndexEntries encodeNew(List<IndexedIdentity> identities, List<IdentityKeys> keys, Instant now) {
        if (identities.size() != keys.size()) {
            throw new IllegalArgumentException("one set of keys per identity");
        }
        NameCache cache = new NameCache();
        String at = now.toString();
        StringBuilder text = new StringBuilder(identities.size() * 160);
        List<Object[]> tokens = new ArrayList<>(identities.size() * 4);
        for (int i = 0; i < identities.size(); i++) {
            IndexedIdentity identity = identities.get(i);
            IdentityRecord r = identity.identity();
            text.append(identity.artisanId()).append('\t');
            CopyText.field(text, identity.regionCode());
            CopyText.field(text, r.provinceCode());
            CopyText.field(text, identity.registrationNumber());
            CopyText.field(text, r.nationalId());
            CopyText.field(text, r.firstNameAr());
            CopyText.field(text, r.lastNameAr());
            CopyText.field(text, r.firstNameLat());
            CopyText.field(text, r.lastNameLat());
            CopyText.field(text, r.birthDate() == null ? null : r.birthDate().toString());
            CopyText.field(text, r.phone());
            CopyText.field(text, cut(keys.get(i).nameKey(), 400));
            text.append(at).append('\t').append(IndexKeys.VERSION).append('\n');
            tokenRows(identity, keys.get(i), cache, tokens);
        }
        CopyText.Encoded identityRows = CopyText.encode(text);
        // Sorted as text, so that each page of the token index is visited once per call: a tab sorts before any
        // character of a key, so the lines come in the index's order (token, region), at a fraction of the cost
        // of a comparator over the three columns.
        String[] lines = new String[tokens.size()];
        for (int i = 0; i < lines.length; i++) {
            Object[] t = tokens.get(i);
            text.setLength(0);
            CopyText.field(text, (String) t[0]);
            CopyText.field(text, (String) t[1]);
            lines[i] = text.append((long) t[2]).append('\n').toString();
        }
        java.util.Arrays.sort(lines);
        text.setLength(0);
        for (String line : lines) {
            text.append(line);
        }
        return new IndexEntries(identityRows, CopyText.encode(text));
    }

    /** Writes entries encoded by {@link #encodeNew}, in the caller's transaction (PostgreSQL). */
    public void insertEncoded(IndexEntries entries) {
        CopyText.copyIn(jdbc, "copy mat_identity (" + WRITTEN + ") from stdin", entries.identities());
        CopyText.copyIn(jdbc, "copy mat_token (token, region_code, artisan_id) from stdin", entries.tokens());
    }

    private static Object[] identityRow(IndexedIdentity i, IdentityKeys keys, Instant now) {
        IdentityRecord r = i.identity();
        return new Object[] {
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
            Timestamp.from(now),
            IndexKeys.VERSION
        };
    }

    /** The phonetic keys and the exact-spelling pairs of one artisan, as rows of {@code mat_token}. */
    private static void tokenRows(IndexedIdentity i, IdentityKeys keys, NameCache cache, List<Object[]> out) {
        Set<String> all = IndexKeys.all(keys.tokens());
        all.addAll(Spelling.of(i.identity(), cache).keys());
        for (String key : all) {
            out.add(new Object[] {key, i.regionCode(), i.artisanId()});
        }
    }

    private void insertRows(List<Object[]> rows, List<Object[]> tokens) {
        jdbc.batchUpdate("insert into mat_identity (" + WRITTEN + ") values (" + marks(14) + ")", rows);
        jdbc.batchUpdate("insert into mat_token (token, region_code, artisan_id) values (?, ?, ?)", tokens);
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            known = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains("postgres");
            postgres = known;
        }
        return known;
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

    /**
     * Identities indexed with keys older than {@link IndexKeys#VERSION}, after {@code afterId} in id order,
     * locked until the caller's transaction ends so that a file saved meanwhile is not overwritten.
     */
    public List<IndexedIdentity> stale(long afterId, int limit) {
        return jdbc.query(
                "select " + COLUMNS + " from mat_identity where artisan_id > ? and keys_version < ?"
                        + " order by artisan_id limit ? for update",
                ROW,
                afterId,
                IndexKeys.VERSION,
                limit);
    }

    /** Writes the current keys of these identities (their identity rows stay as they are). */
    public void rewriteKeys(List<IndexedIdentity> identities) {
        if (identities.isEmpty()) {
            return;
        }
        List<Long> ids = identities.stream().map(IndexedIdentity::artisanId).toList();
        List<Object[]> tokens = new ArrayList<>();
        NameCache cache = new NameCache();
        for (IndexedIdentity i : identities) {
            tokenRows(i, IdentityMatching.keys(i.identity()), cache, tokens);
        }
        String in = marks(ids.size());
        jdbc.update("delete from mat_token where artisan_id in (" + in + ")", ids.toArray());
        jdbc.batchUpdate("insert into mat_token (token, region_code, artisan_id) values (?, ?, ?)", tokens);
        List<Object> args = new ArrayList<>();
        args.add(IndexKeys.VERSION);
        args.addAll(ids);
        jdbc.update("update mat_identity set keys_version = ? where artisan_id in (" + in + ")", args.toArray());
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

    /** The ids among these that the index holds. */
    public Set<Long> heldAmong(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new java.util.HashSet<>(jdbc.queryForList(
                "select artisan_id from mat_identity where artisan_id in (" + marks(ids.size()) + ")",
                Long.class,
                ids.toArray()));
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

    static String regionClause(Set<String> regions, List<Object> args) {
        if (regions == null) {
            return "";
        }
        if (regions.isEmpty()) {
            return " and 1 = 0";
        }
        args.addAll(regions);
        return " and region_code in (" + marks(regions.size()) + ")";
    }

    static String marks(int n) {
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
