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

    private static final Map<Integer, Long> CARAVANS = new ConcurrentHashMap<>();

    /**
     * A caravan session like the demo's in Zagora, made once per application (port): "Teinture naturelle et
     * finitions" six weeks ago over three days, 20 places, eight trainees of whom the last came on the first day
     * only, so seven certificates; plus the centre programme "Gérer son atelier et vendre en ligne". The session.
     */
    static long caravanInZagora(int port) {
        return CARAVANS.computeIfAbsent(port, p -> {
            TrainingApi agent = new TrainingApi(() -> p, "agent.draa");
            long caravan = programme(
                    agent,
                    "الصباغة الطبيعية وتشطيب المنتوج",
                    "Teinture naturelle et finitions",
                    "ⴰⵙⵙⵏⴼⵍ ⵏ ⵓⵙⵙⵉⵖ ⴰⴳⴰⵎⴰⵏ",
                    "Natural dyeing and finishing",
                    "CARAVAN",
                    false);
            programme(
                    agent,
                    "تدبير الورشة والبيع عبر الإنترنت",
                    "Gérer son atelier et vendre en ligne",
                    "ⴰⵙⵡⵓⴷⴷⵓ ⵏ ⵓⵙⴰⵔⴰⴳ ⴷ ⵓⵙⵏⵣⵣⵉ ⵙ ⵓⵥⵟⵟⴰ",
                    "Running a workshop and selling online",
                    "CENTRE",
                    true);
            LocalDate start = LocalDate.now().minusWeeks(6);
            long session = agent.session(caravan, "587", start, start.plusDays(2), 20, true);
            for (int i = 0; i < 8; i++) {
                TrainingApi.json(
                        agent.enrol(session, RegistryFixtures.artisanIn("587").registered(p)), 200);
            }
            List<Long> trainees = new ArrayList<>();
            agent.enrolments(session).forEach(e -> trainees.add(e.get("id").asLong()));
            for (int day = 0; day < 3; day++) {
                // The last trainee came on the first day only: not enough to complete.
                List<Long> present = day == 0 ? trainees : trainees.subList(0, trainees.size() - 1);
                TrainingApi.json(agent.attendance(session, start.plusDays(day), present.toString()), 200);
            }
            TrainingApi.json(agent.post(TrainingApi.BASE + "/sessions/" + session + "/certificates", "{}"), 200);
            return session;
        });
    }

    private static long programme(
            TrainingApi agent, String ar, String fr, String zgh, String en, String type, boolean assessment) {
        String json = """
                {"titleAr":"%s","titleFr":"%s","titleZgh":"%s","titleEn":"%s","type":"%s","crafts":[],"hours":18,
                 "competencies":"Préparer des bains de teinture végétale\\nFixer et contrôler les couleurs",
                 "minAttendancePercent":80,"assessmentRequired":%b}
                """.formatted(ar, fr, zgh, en, type, assessment);
        return TrainingApi.json(agent.post(TrainingApi.BASE + "/programmes", json), 201)
                .get("id")
                .asLong();
    }
}
