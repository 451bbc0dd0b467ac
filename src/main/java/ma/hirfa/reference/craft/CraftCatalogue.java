package ma.hirfa.reference.craft;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ma.hirfa.reference.Craft;
import ma.hirfa.reference.Names;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Nomenclature versions and their crafts; exactly one version is active. */
@Repository
public class CraftCatalogue {

    private static final String CRAFT_COLUMNS =
            "c.code, c.category, c.branch_fr, c.branch_ar, c.branch_zgh, c.name_fr, c.name_ar, c.name_zgh";

    private final JdbcTemplate jdbc;

    CraftCatalogue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Craft> active() {
        return jdbc.query(
                "select " + CRAFT_COLUMNS
                        + " from ref_craft c join ref_craft_nomenclature n on n.id = c.nomenclature_id"
                        + " where n.active = true order by c.code",
                CraftCatalogue::craft);
    }

    public Optional<Craft> activeCraft(String code) {
        return jdbc
                .query(
                        "select " + CRAFT_COLUMNS
                                + " from ref_craft c join ref_craft_nomenclature n on n.id = c.nomenclature_id"
                                + " where n.active = true and c.code = ?",
                        CraftCatalogue::craft,
                        code)
                .stream()
                .findFirst();
    }

    List<NomenclatureVersion> versions() {
        return jdbc.query(
                "select n.id, n.label, n.official, n.active, n.imported_at, n.imported_by,"
                        + " (select count(*) from ref_craft c where c.nomenclature_id = n.id) as crafts"
                        + " from ref_craft_nomenclature n order by n.id desc",
                (rs, row) -> new NomenclatureVersion(
                        rs.getLong("id"),
                        rs.getString("label"),
                        rs.getBoolean("official"),
                        rs.getBoolean("active"),
                        rs.getTimestamp("imported_at").toInstant(),
                        rs.getString("imported_by"),
                        rs.getInt("crafts")));
    }

    /** Stores a new version with its crafts and makes it the active one. */
    long activateNew(String label, boolean official, String importedBy, Instant when, List<CraftRow> crafts) {
        jdbc.update("update ref_craft_nomenclature set active = false where active = true");
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(
                            "insert into ref_craft_nomenclature (label, source, official, active, imported_at,"
                                    + " imported_by) values (?, ?, ?, true, ?, ?)",
                            new String[] {"id"});
                    statement.setString(1, label);
                    statement.setString(2, "upload");
                    statement.setBoolean(3, official);
                    statement.setTimestamp(4, Timestamp.from(when));
                    statement.setString(5, importedBy);
                    return statement;
                },
                key);
        long id = key.getKey().longValue();
        jdbc.batchUpdate(
                "insert into ref_craft (nomenclature_id, code, category, branch_fr, branch_ar, branch_zgh, name_fr,"
                        + " name_ar, name_zgh) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                crafts,
                500,
                (ps, c) -> {
                    ps.setLong(1, id);
                    ps.setString(2, c.code());
                    ps.setString(3, c.category());
                    ps.setString(4, c.branchFr());
                    ps.setString(5, c.branchAr());
                    ps.setString(6, c.branchZgh());
                    ps.setString(7, c.nameFr());
                    ps.setString(8, c.nameAr());
                    ps.setString(9, c.nameZgh());
                });
        return id;
    }

    private static Craft craft(ResultSet rs, int row) throws SQLException {
        return new Craft(
                rs.getString("code"),
                rs.getString("category"),
                new Names(rs.getString("branch_fr"), rs.getString("branch_ar"), rs.getString("branch_zgh")),
                new Names(rs.getString("name_fr"), rs.getString("name_ar"), rs.getString("name_zgh")));
    }
}
