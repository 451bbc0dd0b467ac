package ma.hirfa.reference.geography;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import ma.hirfa.reference.Commune;
import ma.hirfa.reference.Names;
import ma.hirfa.reference.Province;
import ma.hirfa.reference.Region;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Regions, provinces and communes as loaded by the V2 migration. */
@Repository
public class Geography {

    private final JdbcTemplate jdbc;

    Geography(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Region> regions() {
        return jdbc.query(
                "select code, name_fr, name_ar, name_zgh from ref_region order by code",
                (rs, n) -> new Region(rs.getString("code"), names(rs)));
    }

    public List<Province> provinces(String regionCode) {
        String sql = "select code, region_code, kind, name_fr, name_ar, name_zgh from ref_province";
        return regionCode == null
                ? jdbc.query(sql + " order by code", Geography::province)
                : jdbc.query(sql + " where region_code = ? order by name_fr", Geography::province, regionCode);
    }

    public Optional<Province> province(String code) {
        return jdbc
                .query(
                        "select code, region_code, kind, name_fr, name_ar, name_zgh from ref_province where code = ?",
                        Geography::province,
                        code)
                .stream()
                .findFirst();
    }

    public List<Commune> communes(String provinceCode) {
        return jdbc.query(
                "select code, province_code, kind, name_fr, name_ar, name_zgh from ref_commune"
                        + " where province_code = ? order by name_fr",
                Geography::commune,
                provinceCode);
    }

    public Optional<Commune> commune(String code) {
        return jdbc
                .query(
                        "select code, province_code, kind, name_fr, name_ar, name_zgh from ref_commune where code = ?",
                        Geography::commune,
                        code)
                .stream()
                .findFirst();
    }

    private static Province province(ResultSet rs, int row) throws SQLException {
        return new Province(rs.getString("code"), rs.getString("region_code"), rs.getString("kind"), names(rs));
    }

    private static Commune commune(ResultSet rs, int row) throws SQLException {
        return new Commune(rs.getString("code"), rs.getString("province_code"), rs.getString("kind"), names(rs));
    }

    private static Names names(ResultSet rs) throws SQLException {
        return new Names(rs.getString("name_fr"), rs.getString("name_ar"), rs.getString("name_zgh"));
    }
}
