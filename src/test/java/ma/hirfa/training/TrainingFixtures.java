package ma.hirfa.training;

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
}
