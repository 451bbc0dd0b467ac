package ma.hirfa.training.session;

import java.util.List;
import java.util.Objects;
import ma.hirfa.platform.Acting;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.PageSpec;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.reference.ReferenceData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue of programmes, shared by every region; chambers add to it. */
@Service
class Programmes {

    private final ProgrammeRepository programmes;
    private final ProgrammeListing listing;
    private final ReferenceData reference;
    private final Acting acting;

    Programmes(ProgrammeRepository programmes, ProgrammeListing listing, ReferenceData reference, Acting acting) {
        this.programmes = programmes;
        this.listing = listing;
        this.reference = reference;
        this.acting = acting;
    }

    @Transactional
    long create(ProgrammeForm form) {
        Sessions.mayOrganise(acting.user());
        List<String> crafts = form.crafts() == null
                ? List.of()
                : form.crafts().stream()
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
        if (crafts.stream().anyMatch(code -> reference.craft(code).isEmpty())) {
            throw Refusal.invalid("training.programme.unknownCraft");
        }
        Programme saved = programmes.save(new Programme(
                null,
                form.titleAr().strip(),
                form.titleFr().strip(),
                form.titleZgh().strip(),
                form.titleEn() == null || form.titleEn().isBlank()
                        ? null
                        : form.titleEn().strip(),
                form.type(),
                String.join(",", crafts),
                form.hours(),
                stripped(form.competencies()),
                stripped(form.competenciesAr()),
                stripped(form.competenciesZgh()),
                form.minAttendancePercent(),
                form.assessmentRequired(),
                acting.now(),
                null));
        acting.audit().created("TrainingProgramme", saved.id(), null, view(saved, Language.FR));
        return saved.id();
    }

    /** One page of the catalogue, for its page. */
    @Transactional(readOnly = true)
    ListPage<ProgrammeView> page(Language language, Sort sort, PageSpec page) {
        return listing.page(sort, page).map(p -> view(p, language));
    }

    /** The whole catalogue, for the API and the session form's choice of programme. */
    @Transactional(readOnly = true)
    List<ProgrammeView> list(Language language) {
        return programmes.findAllByOrderByIdDesc().stream()
                .map(p -> view(p, language))
                .toList();
    }

    @Transactional(readOnly = true)
    Programme get(long id) {
        return programmes.findById(id).orElseThrow(() -> Refusal.notFound("TrainingProgramme", id));
    }

    static boolean staff(CurrentUser user) {
        return user.hasRole(Role.ADMIN, Role.CHAMBER_MANAGER, Role.CHAMBER_AGENT, Role.FIELD_AGENT);
    }

    private static String stripped(String lines) {
        return lines == null || lines.isBlank() ? null : lines.strip();
    }

    static ProgrammeView view(Programme p, Language language) {
        String title = switch (language) {
            case AR -> p.titleAr();
            case ZGH -> p.titleZgh();
            default -> p.titleFr();
        };
        return new ProgrammeView(
                p.id(),
                title,
                p.titleAr(),
                p.titleFr(),
                p.titleZgh(),
                p.titleEn(),
                p.programmeType(),
                p.crafts(),
                p.hours(),
                p.competencyList(),
                p.competencyTexts(),
                p.minAttendancePercent(),
                p.assessmentRequired());
    }
}
