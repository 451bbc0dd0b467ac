package ma.hirfa.training.session;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ma.hirfa.platform.DemoStep;
import ma.hirfa.platform.DemoWriter;
import ma.hirfa.platform.Role;
import org.springframework.stereotype.Component;

/**
 * Demo training, written once after the demo register and organisations: two programmes and a caravan
 * session held in Zagora six weeks ago, with registered demo artisans of Drâa-Tafilalet enrolled, their
 * attendance and their certificates, all through the real services (rules, audit trail, signed tokens).
 */
@Component
class TrainingDemoData implements DemoStep {

    private static final String ZAGORA = "587";
    private static final String ZAGORA_TOWN = "08.587.01.13";
    private static final int TRAINEES = 8;

    private final Programmes programmes;
    private final Sessions sessions;
    private final Enrolments enrolments;
    private final EligibleArtisans eligible;
    private final AttendanceSheets attendance;
    private final SessionCertificates certificates;
    private final DemoWriter demo;

    TrainingDemoData(
            Programmes programmes,
            Sessions sessions,
            Enrolments enrolments,
            EligibleArtisans eligible,
            AttendanceSheets attendance,
            SessionCertificates certificates,
            DemoWriter demo) {
        this.programmes = programmes;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.eligible = eligible;
        this.attendance = attendance;
        this.certificates = certificates;
        this.demo = demo;
    }

    @Override
    public String name() {
        return "training";
    }

    @Override
    public void seed() {
        if (demo.holdsRows("trn_programme")) {
            return;
        }
        demo.as("demo.agent", Role.CHAMBER_AGENT, "08", () -> demo.inTransaction(this::play));
    }

    private void play() {
        long caravan = programmes.create(new ProgrammeForm(
                "الصباغة الطبيعية وتشطيب المنتوج",
                "Teinture naturelle et finitions",
                "ⴰⵙⵙⵏⴼⵍ ⵏ ⵓⵙⵙⵉⵖ ⴰⴳⴰⵎⴰⵏ",
                "Natural dyeing and finishing",
                ProgrammeType.CARAVAN,
                List.of(),
                18,
                "Préparer des bains de teinture végétale\nFixer et contrôler les couleurs\nFinir et présenter un produit",
                "تحضير أحواض الصباغة النباتية\nتثبيت الألوان ومراقبتها\nتشطيب المنتوج وعرضه",
                "ⴰⵙⵡⵊⴷ ⵏ ⵉⵎⴰⵏ ⵏ ⵓⵙⵙⵉⵖ ⵙ ⵉⵎⵖⴰⵢⵏ\nⴰⵙⵖⵏⵓ ⴷ ⵓⵙⵎⵣⵣⵓ ⵏ ⵉⴽⵡⵍⴰⵏ\nⴰⵙⵎⴷ ⴷ ⵓⵙⴽⴰⵏ ⵏ ⵓⴼⴰⵔⵙ",
                80,
                false));
        programmes.create(new ProgrammeForm(
                "تدبير الورشة والبيع عبر الإنترنت",
                "Gérer son atelier et vendre en ligne",
                "ⴰⵙⵡⵓⴷⴷⵓ ⵏ ⵓⵙⴰⵔⴰⴳ ⴷ ⵓⵙⵏⵣⵣⵉ ⵙ ⵓⵥⵟⵟⴰ",
                "Running a workshop and selling online",
                ProgrammeType.CENTRE,
                List.of(),
                30,
                "Tenir un carnet de recettes et dépenses\nFixer un prix\nPhotographier et publier ses produits",
                "مسك دفتر المداخيل والمصاريف\nتحديد الثمن\nتصوير المنتوجات ونشرها",
                "ⴰⵟⵟⴰⴼ ⵏ ⵓⵎⵙⵙⴰⵖ ⵏ ⵉⴽⵛⵛⵓⵎⵏ ⴷ ⵉⵙⵙⵓⴼⵖⵏ\nⴰⵙⵡⵓⵜⵜⵓ ⵏ ⵡⴰⵜⵉⴳ\nⴰⵙⵡⵍⴼ ⴷ ⵓⵙⵙⵓⴼⵖ ⵏ ⵉⴼⴰⵔⵙⵏ",
                75,
                true));
        LocalDate start = demo.todayInMorocco().minusWeeks(6);
        long session = sessions.create(new SessionForm(
                caravan,
                ZAGORA,
                ZAGORA_TOWN,
                "Caravane de l’artisanat — place de la municipalité / قافلة الصناعة التقليدية",
                "Fatima Zahra Ouhammou",
                start,
                start.plusDays(2),
                20,
                true));
        List<EligibleArtisans.Candidate> candidates = eligible.forSession(session, ma.hirfa.platform.Language.FR);
        for (EligibleArtisans.Candidate candidate :
                candidates.stream().limit(TRAINEES).toList()) {
            enrolments.enrol(session, candidate.id());
        }
        TrainingSession held = sessions.get(session);
        List<Enrolment> trainees = enrolments.enrolled(session);
        for (int day = 0; day < held.days(); day++) {
            Set<Long> present = new HashSet<>();
            for (int i = 0; i < trainees.size(); i++) {
                // The last trainee came on the first day only: not enough to complete.
                if (i < trainees.size() - 1 || day == 0) {
                    present.add(trainees.get(i).id());
                }
            }
            attendance.record(held, held.startsOn().plusDays(day), present);
        }
        certificates.issue(session);
    }
}
