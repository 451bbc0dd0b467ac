package ma.hirfa.training;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Small factories for training tests. */
final class TrainingFixtures {

    private TrainingFixtures() {}

    static long registeredArtisanOfDraa(JdbcTemplate jdbc) {
        return jdbc.queryForObject(
                "select min(id) from reg_artisan where region_code = '08' and status = 'REGISTERED'", Long.class);
    }

    static CertificateRequest vaeCertificateFor(long artisanId) {
        return new CertificateRequest(
                CertificateKind.VAE,
                artisanId,
                new CertificateTitle(
                        "الدباغة التقليدية (المصادقة على المكتسبات)",
                        "Tannerie traditionnelle (validation des acquis)",
                        "ⵜⴰⴷⴱⵖⵜ",
                        "Tanning (validation of experience)"),
                null,
                0,
                List.of("Préparer les peaux", "Teindre au naturel"),
                null,
                "VAE-APP-1");
    }

    /** A programme as the API takes it; crafts as a JSON array ("[]" = every craft). */
    static String programme(String craftsJson, int minAttendance, boolean assessment) {
        return """
                {"titleAr":"صباغة طبيعية","titleFr":"Teinture naturelle","titleZgh":"ⴰⵙⵙⵏⴼⵍ","titleEn":"Natural dyeing",
                 "type":"CARAVAN","crafts":%s,"hours":12,"competencies":"Préparer les bains\\nFixer les couleurs",
                 "minAttendancePercent":%d,"assessmentRequired":%b}
                """.formatted(craftsJson, minAttendance, assessment);
    }

    static String session(
            long programme, String province, LocalDate from, LocalDate to, int capacity, boolean waitingList) {
        return """
                {"programmeId":%d,"provinceCode":"%s","place":"Étape de la caravane","trainer":"Mme Aït Ali",
                 "startsOn":"%s","endsOn":"%s","capacity":%d,"waitingList":%b}
                """.formatted(programme, province, from, to, capacity, waitingList);
    }

    /** Registered artisans of Drâa-Tafilalet, in id order. */
    static List<Long> registeredOfDraa(JdbcTemplate jdbc) {
        return jdbc.queryForList(
                "select id from reg_artisan where region_code = '08' and status = 'REGISTERED' order by id",
                Long.class);
    }
}
