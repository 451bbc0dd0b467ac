package ma.hirfa.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ma.hirfa.registry.RegistryFixtures;

/** Small factories for training tests. */
final class TrainingFixtures {

    private static final Map<Integer, List<Long>> DRAA = new ConcurrentHashMap<>();

    private TrainingFixtures() {}

    /** The first of {@link #registeredOfDraa}. */
    static long registeredArtisanOfDraa(int port) {
        return registeredOfDraa(port).get(0);
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

    /**
     * Five registered artisans of Drâa-Tafilalet, one per province, made once per application (port) and shared
     * by its tests as trainees: each test holds its own sessions, so sharing them costs nothing and saves time.
     */
    static List<Long> registeredOfDraa(int port) {
        return DRAA.computeIfAbsent(port, p -> {
            List<Long> made = new ArrayList<>();
            for (String province : List.of("201", "363", "401", "577", "587")) {
                made.add(RegistryFixtures.artisanIn(province).registered(p));
            }
            return List.copyOf(made);
        });
    }
}
