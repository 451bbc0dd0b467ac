package ma.hirfa.registry.artisan;

import java.util.List;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Role;
import ma.hirfa.reference.Commune;
import ma.hirfa.reference.Craft;
import ma.hirfa.reference.ReferenceData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo register, written once into an empty one: artisans across the five provinces of Drâa-Tafilalet in
 * every status, and a few in Fès-Meknès. They go through the real workflow (an agent prepares and submits,
 * a reviewer decides), so numbers, cards, timeline and audit trail are those a user would produce.
 */
@Component
@Order(10)
class ArtisanDemoData implements ApplicationRunner {

    private static final List<String> DRAA = List.of("201", "363", "401", "577", "587");
    private static final List<String> FES = List.of("231", "061");

    private final ArtisanRepository artisans;
    private final ArtisanService files;
    private final ArtisanWorkflow workflow;
    private final ReferenceData reference;
    private final TransactionTemplate transactions;
    private final CurrentUsers users;
    private final boolean demo;
    private final int count;

    ArtisanDemoData(
            ArtisanRepository artisans,
            ArtisanService files,
            ArtisanWorkflow workflow,
            ReferenceData reference,
            TransactionTemplate transactions,
            CurrentUsers users,
            @Value("${hirfa.demo}") boolean demo,
            @Value("${hirfa.demo.artisans:300}") int count) {
        this.artisans = artisans;
        this.files = files;
        this.workflow = workflow;
        this.reference = reference;
        this.transactions = transactions;
        this.users = users;
        this.demo = demo;
        this.count = count;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || artisans.count() > 0) {
            return;
        }
        DemoPeople people = new DemoPeople(2026);
        List<Craft> crafts = reference.crafts();
        try {
            // One transaction for the whole demo register: a first start commits once instead of 300 times.
            transactions.executeWithoutResult(status -> {
                for (int i = 0; i < count; i++) {
                    boolean fes = i % 25 == 24;
                    List<String> provinces = fes ? FES : DRAA;
                    String province = provinces.get(i % provinces.size());
                    play(form(people, i, province, crafts), fes ? "03" : "08", i % 20);
                }
            });
        } finally {
            users.clear();
        }
    }

    /** Takes the file as far as its place in the demo says: most are registered, some stop earlier. */
    private void play(ArtisanForm form, String region, int stage) {
        users.actAs("demo.agent", Role.CHAMBER_AGENT, region);
        long id = files.create(form);
        if (stage < 2) {
            return;
        }
        workflow.apply(id, Transition.SUBMIT, null);
        users.actAs("demo.reviewer", Role.CHAMBER_MANAGER, region);
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
