package ma.hirfa.training.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.platform.Acting;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.platform.list.Criteria;
import ma.hirfa.reference.ReferenceData;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainees (holding a seat), completions (by each programme's rule) and valid certificates (all kinds), by
 * province, craft, sex or age band, within the user's region. Counts come from what training recorded at
 * enrolment and issue, not from the register as it is today.
 */
@Service
class TrainingReports {

    private static final String TRAINEES = "select e.province_code, e.craft_code, e.sex, e.birth_date,"
            + " s.starts_on, s.ends_on, p.min_attendance_percent, p.assessment_required, e.assessment_passed,"
            + " (select count(*) from trn_attendance a where a.enrolment_id = e.id and a.present = true"
            + " and a.attended_on between s.starts_on and s.ends_on) as present_days"
            + " from trn_enrolment e join trn_session s on s.id = e.session_id"
            + " join trn_programme p on p.id = s.programme_id where e.status = 'ENROLLED'";
    private static final String CERTIFICATES =
            "select province_code, craft_code, sex, birth_date from trn_certificate where status = 'VALID'";

    private final JdbcTemplate jdbc;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final Acting acting;

    TrainingReports(JdbcTemplate jdbc, ReferenceData reference, MessageSource messages, Acting acting) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.messages = messages;
        this.acting = acting;
    }

    @Transactional(readOnly = true)
    List<ReportRow> report(ReportDimension by, Language language) {
        RegionScope scope = acting.user().scope();
        Criteria ofSessions = Criteria.scoped(scope, "s.region_code", null);
        Criteria ofCertificates = Criteria.scoped(scope);
        LocalDate today = acting.todayInMorocco();
        Map<String, ReportRow> rows = new LinkedHashMap<>();
        jdbc.query(
                TRAINEES + ofSessions.and(),
                rs -> {
                    String key = key(by, rs, today);
                    int days = (int) (rs.getDate("ends_on").toLocalDate().toEpochDay()
                                    - rs.getDate("starts_on").toLocalDate().toEpochDay())
                            + 1;
                    boolean attended =
                            rs.getInt("present_days") * 100L >= (long) rs.getInt("min_attendance_percent") * days;
                    boolean assessed = !rs.getBoolean("assessment_required")
                            || Boolean.TRUE.equals(rs.getObject("assessment_passed", Boolean.class));
                    add(rows, by, key, language, 1, attended && assessed ? 1 : 0, 0);
                },
                ofSessions.args().toArray());
        jdbc.query(
                CERTIFICATES + ofCertificates.and(),
                rs -> {
                    add(rows, by, key(by, rs, today), language, 0, 0, 1);
                },
                ofCertificates.args().toArray());
        List<ReportRow> sorted = new ArrayList<>(rows.values());
        sorted.sort(Comparator.comparing(ReportRow::trainees).reversed().thenComparing(ReportRow::label));
        return sorted;
    }

    private void add(
            Map<String, ReportRow> rows,
            ReportDimension by,
            String key,
            Language language,
            int trainees,
            int completions,
            int certificates) {
        rows.merge(
                key,
                new ReportRow(key, label(by, key, language), trainees, completions, certificates),
                (a, b) -> a.plus(b.trainees(), b.completions(), b.certificates()));
    }

    private static String key(ReportDimension by, ResultSet rs, LocalDate today) throws SQLException {
        String key = switch (by) {
            case PROVINCE -> rs.getString("province_code");
            case CRAFT -> rs.getString("craft_code");
            case SEX -> rs.getString("sex");
            case AGE -> {
                java.sql.Date birth = rs.getDate("birth_date");
                yield AgeBand.of(birth == null ? null : birth.toLocalDate(), today);
            }
        };
        return key == null ? AgeBand.UNKNOWN : key;
    }

    private String label(ReportDimension by, String key, Language language) {
        if (AgeBand.UNKNOWN.equals(key)) {
            return message("training.reports.unknown", language.locale());
        }
        return switch (by) {
            case PROVINCE -> reference.provinceName(key, language);
            case CRAFT -> reference.craftName(key, language);
            case SEX -> message("registry.artisan.sex." + key, language.locale());
            case AGE -> message("training.reports.age." + key, language.locale());
        };
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
