package ma.hirfa.vae.jury;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.hirfa.platform.Acting;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.Refusal.Problem;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.PageSpec;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.registry.artisan.ArtisanSummary;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import ma.hirfa.training.TrainingProgrammes;
import ma.hirfa.vae.VaeDecided;
import ma.hirfa.vae.application.Application;
import ma.hirfa.vae.application.ApplicationRepository;
import ma.hirfa.vae.application.ApplicationService;
import ma.hirfa.vae.application.ApplicationStatus;
import ma.hirfa.vae.application.Outcome;
import ma.hirfa.vae.application.VaeSettings;
import ma.hirfa.vae.framework.CompetencyView;
import ma.hirfa.vae.framework.Frameworks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Jury sessions: planning, members and their declarations, candidates, the evaluation grid and the
 * deliberation. A member and a candidate in conflict of interest never sit together; a decision needs every
 * competency of the framework scored.
 */
@Service
public class JuryService {

    static final String ENTITY = "VaeJury";

    private final JuryRepository juries;
    private final ApplicationRepository applications;
    private final ApplicationService applicationService;
    private final Frameworks frameworks;
    private final Conflicts conflicts;
    private final VaeCertificates certificates;
    private final TrainingProgrammes programmes;
    private final RegisteredArtisans artisans;
    private final ReferenceData reference;
    private final VaeSettings settings;
    private final ApplicationEventPublisher events;
    private final Acting acting;

    JuryService(
            JuryRepository juries,
            ApplicationRepository applications,
            ApplicationService applicationService,
            Frameworks frameworks,
            Conflicts conflicts,
            VaeCertificates certificates,
            TrainingProgrammes programmes,
            RegisteredArtisans artisans,
            ReferenceData reference,
            VaeSettings settings,
            ApplicationEventPublisher events,
            Acting acting) {
        this.juries = juries;
        this.applications = applications;
        this.applicationService = applicationService;
        this.frameworks = frameworks;
        this.conflicts = conflicts;
        this.certificates = certificates;
        this.programmes = programmes;
        this.artisans = artisans;
        this.reference = reference;
        this.settings = settings;
        this.events = events;
        this.acting = acting;
    }

    @Transactional(readOnly = true)
    ListPage<Jury> search(Sort sort, PageSpec page) {
        return juries.search(acting.user().scope(), sort, page);
    }

    @Transactional(readOnly = true)
    Jury get(long id) {
        return juries.find(id, acting.user().scope()).orElseThrow(() -> Refusal.notFound(ENTITY, id));
    }

    @Transactional(readOnly = true)
    public List<JuryMember> members(long id) {
        return juries.members(get(id).id());
    }

    @Transactional(readOnly = true)
    public List<Application> candidates(long id) {
        return applications.ofJury(get(id).id());
    }

    @Transactional
    long create(JuryForm form) {
        CurrentUser user = checkStaff();
        String region = user.scope().restriction().orElse(form.regionCode());
        if (region == null
                || reference.regions().stream().noneMatch(r -> r.code().equals(region))) {
            throw Refusal.invalid().field("regionCode", "vae.jury.regionRequired");
        }
        if (reference.craft(form.craftCode()).isEmpty()) {
            throw Refusal.invalid().field("craftCode", "vae.application.craftUnknown");
        }
        Jury jury = new Jury(
                null,
                region,
                form.craftCode(),
                form.sitsOn(),
                form.place().strip(),
                "PLANNED",
                user.username(),
                acting.nowWithOffset());
        long id = juries.insert(jury);
        acting.audit().created(ENTITY, id, region, jury);
        return id;
    }

    /** Adds a member who signed the declaration; refused when they are in conflict with a candidate. */
    @Transactional
    long addMember(long juryId, MemberForm form) {
        CurrentUser user = checkStaff();
        Jury jury = get(juryId);
        if (!form.noConflictDeclared()) {
            throw Refusal.invalid().field("noConflictDeclared", "vae.member.declarationRequired");
        }
        Long artisanId = artisans.idNamedBy(
                form.artisanId(), form.artisanReference(), "artisanReference", "vae.member.artisanUnknown");
        Set<Long> relatives = artisans.idsNamedBy(
                form.relativeIds(), form.relativeReferences(), "relativeReferences", "vae.member.relativeUnknown");
        JuryMember member = new JuryMember(
                null,
                juryId,
                form.memberKind(),
                form.fullName().strip(),
                artisanId,
                acting.nowWithOffset(),
                user.username(),
                List.copyOf(relatives));
        List<Problem> problems = new ArrayList<>();
        for (Application candidate : applications.ofJury(juryId)) {
            problems.addAll(conflictProblems(member, candidate));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid().problems(problems);
        }
        long id = juries.insert(member);
        acting.audit().created(ENTITY + "Member", id, jury.regionCode(), member);
        return id;
    }

    /** Puts an eligible application of the jury's craft and region before it, unless a member is in conflict. */
    @Transactional
    Application schedule(long juryId, long applicationId) {
        checkStaff();
        Jury jury = get(juryId);
        Application candidate = applicationService.get(applicationId);
        if (candidate.status() != ApplicationStatus.ELIGIBLE) {
            throw Refusal.invalid().field("applicationId", "vae.jury.candidateNotEligible");
        }
        if (!candidate.craftCode().equals(jury.craftCode())
                || !candidate.regionCode().equals(jury.regionCode())) {
            throw Refusal.invalid().field("applicationId", "vae.jury.candidateOtherCraft");
        }
        List<Problem> problems = new ArrayList<>();
        for (JuryMember member : juries.members(juryId)) {
            problems.addAll(conflictProblems(member, candidate));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid().problems(problems);
        }
        return applicationService.move(candidate, ApplicationStatus.SCHEDULED, null, juryId);
    }

    /** Records the grid of one candidate (every competency given may be scored again until the decision). */
    @Transactional
    void evaluate(long juryId, GridForm grid) {
        CurrentUser user = checkStaff();
        Application candidate = candidate(juryId, grid.applicationId());
        Set<Long> competencies = frameworks.competencies(candidate.frameworkId()).stream()
                .map(CompetencyView::id)
                .collect(Collectors.toSet());
        List<Evaluation> before = juries.evaluations(candidate.id());
        OffsetDateTime now = acting.nowWithOffset();
        for (GridForm.Score score : grid.scores()) {
            if (!competencies.contains(score.competencyId())) {
                throw Refusal.invalid().field("scores", "vae.grid.competencyUnknown");
            }
            juries.save(new Evaluation(
                    candidate.id(),
                    score.competencyId(),
                    score.acquired(),
                    score.comment() == null || score.comment().isBlank()
                            ? null
                            : score.comment().strip(),
                    user.username(),
                    now));
        }
        acting.audit()
                .updated(
                        ENTITY + "Grid",
                        candidate.id(),
                        candidate.regionCode(),
                        before,
                        juries.evaluations(candidate.id()));
    }

    /**
     * The deliberation. Refused while a competency is unscored, when the jury has fewer members than required,
     * for a full validation with a competency not acquired, a partial one without both acquired and missing
     * competencies or without a prescribed training, and a refusal without reasons.
     */
    @Transactional
    Decision decide(long juryId, DecisionForm form) {
        CurrentUser user = checkStaff();
        Application candidate = candidate(juryId, form.applicationId());
        if (juries.members(juryId).size() < settings.minJuryMembers) {
            throw Refusal.invalid().field("outcome", "vae.decision.fewMembers", settings.minJuryMembers);
        }
        List<CompetencyView> competencies = frameworks.competencies(candidate.frameworkId());
        Map<Long, Evaluation> scored = juries.evaluations(candidate.id()).stream()
                .collect(Collectors.toMap(Evaluation::competencyId, Function.identity()));
        long unscored =
                competencies.stream().filter(c -> !scored.containsKey(c.id())).count();
        if (unscored > 0) {
            throw Refusal.invalid().field("outcome", "vae.decision.unscored", unscored);
        }
        List<Long> missing = competencies.stream()
                .filter(c -> !scored.get(c.id()).acquired())
                .map(CompetencyView::id)
                .toList();
        String reasons = form.reasons() == null || form.reasons().isBlank()
                ? null
                : form.reasons().strip();
        switch (form.outcome()) {
            case FULL -> {
                if (!missing.isEmpty()) {
                    throw Refusal.invalid().field("outcome", "vae.decision.fullNeedsAll", missing.size());
                }
            }
            case PARTIAL -> {
                if (missing.isEmpty() || missing.size() == competencies.size()) {
                    throw Refusal.invalid().field("outcome", "vae.decision.partialNeedsBoth");
                }
                if (form.prescribedProgrammeId() == null) {
                    throw Refusal.invalid().field("prescribedProgrammeId", "vae.decision.programmeRequired");
                }
                if (programmes.find(form.prescribedProgrammeId()).isEmpty()) {
                    throw Refusal.invalid().field("prescribedProgrammeId", "vae.decision.programmeUnknown");
                }
            }
            case REFUSAL -> {
                if (reasons == null) {
                    throw Refusal.invalid().field("reasons", "vae.decision.reasonsRequired");
                }
            }
        }
        Decision decision = new Decision(
                candidate.id(),
                form.outcome(),
                missing.isEmpty() ? null : missing.stream().map(String::valueOf).collect(Collectors.joining(",")),
                form.outcome() == Outcome.PARTIAL ? form.prescribedProgrammeId() : null,
                reasons,
                null,
                user.username(),
                acting.nowWithOffset());
        juries.insert(decision);
        acting.audit().created(ENTITY + "Decision", candidate.id(), candidate.regionCode(), decision);
        Application decided = applicationService.move(candidate, form.outcome().status(), null, juryId);
        String number = null;
        if (form.outcome() == Outcome.FULL) {
            number = certificates.issue(decided, competencies).number();
            juries.certificate(candidate.id(), number);
        }
        events.publishEvent(new VaeDecided(
                candidate.id(),
                candidate.artisanId(),
                candidate.regionCode(),
                form.outcome().name(),
                number));
        return juries.decision(candidate.id()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Evaluation> evaluations(long applicationId) {
        return juries.evaluations(applicationId);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Decision> decision(long applicationId) {
        return juries.decision(applicationId);
    }

    private Application candidate(long juryId, long applicationId) {
        get(juryId);
        Application candidate = applicationService.get(applicationId);
        if (candidate.juryId() == null || candidate.juryId() != juryId) {
            throw Refusal.invalid().field("applicationId", "vae.jury.notCandidate");
        }
        if (candidate.status() != ApplicationStatus.SCHEDULED) {
            throw Refusal.invalid().field("applicationId", "vae.decision.already");
        }
        return candidate;
    }

    private List<Problem> conflictProblems(JuryMember member, Application candidate) {
        String name = artisans.find(candidate.artisanId())
                .map(ArtisanSummary::displayName)
                .orElse("#" + candidate.artisanId());
        return conflicts.between(member, candidate.artisanId()).stream()
                .map(reason -> Problem.of("conflict", "vae.conflict." + reason, member.fullName(), name))
                .toList();
    }

    private CurrentUser checkStaff() {
        CurrentUser user = acting.user();
        if (!user.hasRole(Role.ADMIN, Role.CHAMBER_MANAGER, Role.CHAMBER_AGENT)) {
            throw new AccessDeniedException("juries are organised by the chamber");
        }
        return user;
    }
}
