package ma.hirfa.registry.organisation;

import java.util.ArrayList;
import java.util.List;
import ma.hirfa.platform.DemoStep;
import ma.hirfa.platform.DemoWriter;
import ma.hirfa.platform.Role;
import ma.hirfa.reference.Craft;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.registry.artisan.ArtisanSummary;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import ma.hirfa.registry.artisan.Transition;
import org.springframework.stereotype.Component;

/**
 * Demo cooperatives and enterprises, written once after the demo artisans: ten cooperatives and five
 * enterprises across the five provinces of Drâa-Tafilalet, in mixed statuses, whose members are registered
 * demo artisans of their province. They go through the real services, so numbers, timeline and audit are
 * those a user would produce; one is skipped when its province has too few registered artisans.
 */
@Component
class OrganisationDemoData implements DemoStep {

    private static final List<String> DRAA = List.of("201", "363", "401", "577", "587");
    private static final String REGION = "08";
    private static final int COOPERATIVES = 10;

    private final OrganisationService service;
    private final OrganisationWorkflow workflow;
    private final RegisteredArtisans artisans;
    private final ReferenceData reference;
    private final DemoWriter demo;

    OrganisationDemoData(
            OrganisationService service,
            OrganisationWorkflow workflow,
            RegisteredArtisans artisans,
            ReferenceData reference,
            DemoWriter demo) {
        this.service = service;
        this.workflow = workflow;
        this.artisans = artisans;
        this.reference = reference;
        this.demo = demo;
    }

    @Override
    public String name() {
        return "organisations";
    }

    @Override
    public void seed() {
        if (demo.holdsRows("reg_organisation")) {
            return;
        }
        demo.as("demo.agent", Role.CHAMBER_AGENT, REGION, () -> {
            for (int i = 0; i < DemoOrganisations.NAMES.size(); i++) {
                int index = i;
                demo.inTransaction(() -> play(index));
            }
        });
    }

    private void play(int i) {
        demo.switchTo("demo.agent", Role.CHAMBER_AGENT, REGION);
        String province = DRAA.get(i % DRAA.size());
        boolean cooperative = i < COOPERATIVES;
        List<ArtisanSummary> registered = artisans.registeredIn(province);
        int needed = cooperative ? 3 : 2;
        if (registered.size() < needed) {
            return;
        }
        List<ArtisanSummary> people = rotate(registered, i, Math.min(registered.size(), cooperative ? 5 : 3));
        long id = service.create(form(i, cooperative, province, people.get(0).id()));
        List<MemberRole> roles = cooperative
                ? List.of(MemberRole.PRESIDENT, MemberRole.TREASURER, MemberRole.SECRETARY)
                : List.of(MemberRole.MEMBER);
        for (int m = cooperative ? 0 : 1; m < people.size(); m++) {
            int role = cooperative ? m : m - 1;
            service.addMember(id, people.get(m).id(), null, role < roles.size() ? roles.get(role) : MemberRole.MEMBER);
        }
        int stage = i % 5;
        if (stage == 0) {
            return;
        }
        workflow.apply(id, Transition.SUBMIT, null);
        demo.switchTo("demo.reviewer", Role.CHAMBER_MANAGER, REGION);
        if (stage == 1) {
            return;
        }
        if (stage == 2 && i % 2 == 0) {
            workflow.apply(id, Transition.RETURN, "Statuts non signés / النظام الأساسي غير موقع");
            return;
        }
        if (i == 13) {
            workflow.apply(id, Transition.REJECT, "Activité hors nomenclature / نشاط خارج المدونة");
            return;
        }
        workflow.apply(id, Transition.APPROVE, null);
        if (i == 8) {
            workflow.apply(id, Transition.SUSPEND, "Contrôle en cours / مراقبة جارية");
        }
    }

    private OrganisationForm form(int i, boolean cooperative, String province, long supervisor) {
        List<Craft> crafts = reference.crafts();
        List<String> codes = List.of(
                crafts.get(i % crafts.size()).code(),
                crafts.get((i + 5) % crafts.size()).code());
        String[] names = DemoOrganisations.NAMES.get(i);
        boolean withIce = !cooperative || i % 3 == 0;
        return new OrganisationForm(
                cooperative ? OrganisationKind.COOPERATIVE : OrganisationKind.ENTERPRISE,
                names[0],
                names[1],
                withIce ? String.format("%015d", 2026000000000L + i * 1013L) : null,
                cooperative ? null : "RC " + (4100 + i * 7),
                codes.subList(0, 1 + i % 2),
                names[2],
                province,
                null,
                cooperative ? null : supervisor,
                null,
                null);
    }

    private static List<ArtisanSummary> rotate(List<ArtisanSummary> all, int offset, int count) {
        List<ArtisanSummary> picked = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            picked.add(all.get((offset + k) % all.size()));
        }
        return picked;
    }
}
