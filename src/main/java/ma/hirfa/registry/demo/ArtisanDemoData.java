package ma.hirfa.registry.demo;

import java.time.LocalDate;
import java.util.List;
import ma.hirfa.matching.DuplicateScans;
import ma.hirfa.platform.DemoStep;
import ma.hirfa.platform.DemoWriter;
import ma.hirfa.platform.Role;
import ma.hirfa.reference.Commune;
import ma.hirfa.reference.Craft;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.registry.artisan.ArtisanForm;
import ma.hirfa.registry.artisan.ArtisanRepository;
import ma.hirfa.registry.artisan.ArtisanService;
import ma.hirfa.registry.artisan.ArtisanWorkflow;
import ma.hirfa.registry.artisan.Category;
import ma.hirfa.registry.artisan.QualificationBasis;
import ma.hirfa.registry.artisan.Sex;
import ma.hirfa.registry.artisan.TaxStatus;
import ma.hirfa.registry.artisan.Transition;
import ma.hirfa.registry.duplicate.DuplicateCheck;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Demo register, written once into an empty one: artisans across the five provinces of Drâa-Tafilalet in
 * every status, and a few in Fès-Meknès. They go through the real workflow (an agent prepares and submits,
 * a reviewer decides), so numbers, cards, timeline and audit trail are those a user would produce.
 */
@Component
class ArtisanDemoData implements DemoStep {

    private static final List<String> DRAA = List.of("201", "363", "401", "577", "587");
    private static final List<String> FES = List.of("231", "061");

    private final ArtisanRepository artisans;
    private final ArtisanService files;
    private final ArtisanWorkflow workflow;
    private final ReferenceData reference;
    private final DemoWriter demo;
    private final DuplicateCheck duplicates;
    private final DuplicateScans scans;
    private final int count;

    ArtisanDemoData(
            ArtisanRepository artisans,
            ArtisanService files,
            ArtisanWorkflow workflow,
            ReferenceData reference,
            DemoWriter demo,
            DuplicateCheck duplicates,
            DuplicateScans scans,
            @Value("${hirfa.demo.artisans:300}") int count) {
        this.artisans = artisans;
        this.files = files;
        this.workflow = workflow;
        this.reference = reference;
        this.demo = demo;
        this.duplicates = duplicates;
        this.scans = scans;
        this.count = count;
    }

    @Override
    public String name() {
        return "artisans";
    }

    @Override
    public void seed() {
        if (artisans.count() > 0) {
            return;
        }
        DemoPeople people = new DemoPeople(2026);
        List<Craft> crafts = reference.crafts();
        demo.as("demo.admin", Role.ADMIN, null, () -> {
            // One transaction for the whole demo register: a first start commits once instead of 300 times.
            demo.inTransaction(() -> {
                for (int i = 0; i < count; i++) {
                    boolean fes = i % 25 == 24;
                    List<String> provinces = fes ? FES : DRAA;
                    String province = provinces.get(i % provinces.size());
                    play(form(people, i, province, crafts), fes ? "03" : "08", i % 20);
                }
                nearDuplicates(crafts.get(0).code());
            });
            // queued once committed: the identity index is written after the commit, and a scan claimed before
            // that would read half of it
            demo.switchTo("demo.admin", Role.ADMIN, null);
            scans.start(null, "demo.admin");
        });
    }

    /**
     * The same people entered twice, as happens when a chamber list (Arabic only) meets a fund file (Latin
     * only): the second entry goes on despite the warning, so the review queue is not empty on first start
     * (the scan of the whole register queued after the commit proposes the pairs).
     */
    private void nearDuplicates(String craft) {
        demo.switchTo("demo.agent", Role.CHAMBER_AGENT, "08");
        long first = files.create(
                person("J700001", "محمد", "أوحدو", null, null, Sex.M, LocalDate.of(1974, 5, 17), "0661234567", craft));
        duplicates.create(
                person(
                        "J700007",
                        null,
                        null,
                        "Mohamed",
                        "Ouahdou",
                        Sex.M,
                        LocalDate.of(1974, 5, 17),
                        "0661234567",
                        craft),
                true);
        files.create(person("J700002", "فاطمة", "أيت علي", null, null, Sex.F, LocalDate.of(1980, 4, 9), null, craft));
        duplicates.create(
                person("J700020", null, null, "Fatima", "Ait Ali", Sex.F, LocalDate.of(1980, 9, 4), null, craft), true);
        workflow.apply(first, Transition.SUBMIT, null);
        demo.switchTo("demo.reviewer", Role.CHAMBER_MANAGER, "08");
        workflow.apply(first, Transition.APPROVE, null);
    }

    private ArtisanForm person(
            String nationalId,
            String firstAr,
            String lastAr,
            String firstLat,
            String lastLat,
            Sex sex,
            LocalDate born,
            String phone,
            String craft) {
        String province = "401";
        List<Commune> communes = reference.communes(province);
        return new ArtisanForm(
                nationalId,
                firstAr,
                lastAr,
                firstLat,
                lastLat,
                sex,
                born,
                phone,
                province,
                communes.isEmpty() ? null : communes.get(0).code(),
                craft,
                Category.ARTISAN,
                QualificationBasis.EXPERIENCE,
                12,
                TaxStatus.values()[0],
                null,
                null,
                List.of(),
                null);
    }

    /** Takes the file as far as its place in the demo says: most are registered, some stop earlier. */
    private void play(ArtisanForm form, String region, int stage) {
        demo.switchTo("demo.agent", Role.CHAMBER_AGENT, region);
        long id = files.create(form);
        if (stage < 2) {
            return;
        }
        workflow.apply(id, Transition.SUBMIT, null);
        demo.switchTo("demo.reviewer", Role.CHAMBER_MANAGER, region);
        if (stage < 4) {
            return;
        }
        if (stage == 4) {
            workflow.apply(id, Transition.RETURN, "Copie de la CIN illisible / نسخة البطاقة غير واضحة");
        } else if (stage == 5) {
            workflow.apply(id, Transition.REJECT, "Activité hors nomenclature / نشاط خارج المدونة");
        } else {
            workflow.apply(id, Transition.APPROVE, null);
            if (stage == 6) {
                workflow.apply(id, Transition.SUSPEND, "Contrôle en cours / مراقبة جارية");
            } else if (stage == 7) {
                workflow.apply(id, Transition.STRIKE_OFF, "Cessation d’activité / توقف عن النشاط");
            }
        }
    }

    private ArtisanForm form(DemoPeople people, int i, String province, List<Craft> crafts) {
        DemoPeople.Name first = people.first();
        String[] last = people.last();
        boolean arabicOnly = i % 9 == 0;
        boolean latinOnly = !arabicOnly && i % 13 == 0;
        List<Commune> communes = reference.communes(province);
        Category category = i % 7 == 0 ? Category.MASTER_ARTISAN : Category.ARTISAN;
        QualificationBasis basis = i % 5 == 0 ? QualificationBasis.DIPLOMA : QualificationBasis.EXPERIENCE;
        int experience = category == Category.MASTER_ARTISAN ? 10 + people.nextInt(25) : 3 + people.nextInt(20);
        return new ArtisanForm(
                String.format("%s%06d", i % 2 == 0 ? "J" : "JA", 100000 + i * 37),
                latinOnly ? null : first.ar(),
                latinOnly ? null : last[0],
                arabicOnly ? null : people.latin(first.lat()),
                arabicOnly ? null : people.latin(new String[] {last[1], last[2]}),
                first.sex(),
                people.birthDate(),
                people.phone(),
                province,
                communes.isEmpty()
                        ? null
                        : communes.get(people.nextInt(communes.size())).code(),
                crafts.get(people.nextInt(crafts.size())).code(),
                category,
                basis,
                experience,
                TaxStatus.values()[people.nextInt(TaxStatus.values().length)],
                null,
                null,
                List.of(),
                null);
    }
}
