package ma.hirfa.training.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.list.Criteria;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.Listing;
import ma.hirfa.platform.list.PageSpec;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.platform.list.SortColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The catalogue as one page at a time: every chamber adds programmes and none is ever removed, so the list
 * outgrows a screen. The catalogue is national, hence no region scope.
 */
@Repository
class ProgrammeListing {

    /** Newest first unless the user chose another sort; the title sorts in the reader's language. */
    private static final Map<Language, SortColumns> SORTS = Map.of(
            Language.AR, sorts("title_ar"),
            Language.FR, sorts("title_fr"),
            Language.ZGH, sorts("title_zgh"));

    private final JdbcClient jdbc;

    ProgrammeListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static SortColumns sorts(Language language) {
        return SORTS.get(language);
    }

    ListPage<Programme> page(Sort sort, PageSpec spec) {
        return Listing.page(jdbc, "*", "trn_programme", Criteria.unscoped(), sort, spec, ProgrammeListing::row);
    }

    private static SortColumns sorts(String titleColumn) {
        return SortColumns.by("recent", "id", false)
                .or("title", titleColumn)
                .or("type", "programme_type")
                .or("hours", "hours")
                .build();
    }

    private static Programme row(ResultSet rs, int n) throws SQLException {
        return new Programme(
                rs.getLong("id"),
                rs.getString("title_ar"),
                rs.getString("title_fr"),
                rs.getString("title_zgh"),
                rs.getString("title_en"),
                ProgrammeType.valueOf(rs.getString("programme_type")),
                rs.getString("craft_codes"),
                rs.getInt("hours"),
                rs.getString("competencies"),
                rs.getString("competencies_ar"),
                rs.getString("competencies_zgh"),
                rs.getInt("min_attendance_percent"),
                rs.getBoolean("assessment_required"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getLong("version"));
    }
}
