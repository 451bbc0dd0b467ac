package ma.hirfa.infrastructure.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import ma.hirfa.infrastructure.complex.ComplexSummary;
import ma.hirfa.infrastructure.complex.Complexes;
import ma.hirfa.infrastructure.complex.PhotoView;
import ma.hirfa.infrastructure.complex.Photos;
import ma.hirfa.platform.Acting;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.PlausibleDates;
import ma.hirfa.platform.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Construction projects of complexes: the project, its funding lines, commitments and payments, milestones and
 * progress reports with their photos. Whoever may see the complex may see its projects; the chamber's staff
 * (not the ministry) change them. Nothing computed is stored: {@link ProjectFigures} adds up the rows.
 */
@Service
class Projects {

    private final ProjectRepository projects;
    private final FundingLineRepository lines;
    private final DisbursementRepository disbursements;
    private final MilestoneRepository milestones;
    private final ProgressRepository progress;
    private final Complexes complexes;
    private final Photos photos;
    private final Acting acting;

    Projects(
            ProjectRepository projects,
            FundingLineRepository lines,
            DisbursementRepository disbursements,
            MilestoneRepository milestones,
            ProgressRepository progress,
            Complexes complexes,
            Photos photos,
            Acting acting) {
        this.projects = projects;
        this.lines = lines;
        this.disbursements = disbursements;
        this.milestones = milestones;
        this.progress = progress;
        this.complexes = complexes;
        this.photos = photos;
        this.acting = acting;
    }

    @Transactional
    long create(long complexId, ProjectRequest request) {
        CurrentUser user = complexes.mayWrite();
        ComplexSummary complex = complexes.find(complexId);
        checkRules(request);
        Project saved = projects.save(Project.newIn(complexId, complex.regionCode(), user.username(), acting.now())
                .with(request));
        acting.audit().created("InfraProject", saved.id(), saved.regionCode(), saved);
        return saved.id();
    }

    @Transactional
    void update(long id, ProjectRequest request) {
        complexes.mayWrite();
        Project before = get(id);
        checkRules(request);
        Project after = projects.save(before.with(request));
        acting.audit().updated("InfraProject", id, after.regionCode(), before, after);
    }

    /** The cost and the planned dates: a plausible positive amount, years in range, an end not before the start. */
    void checkRules(ProjectRequest request) {
        Refusal refusal = Refusal.invalid();
        Amounts.check(refusal, "totalCost", request.totalCost());
        plausible(refusal, "plannedStart", request.plannedStart());
        plausible(refusal, "plannedEnd", request.plannedEnd());
        if (request.plannedStart() != null
                && request.plannedEnd() != null
                && request.plannedEnd().isBefore(request.plannedStart())) {
            refusal.field("plannedEnd", "infrastructure.project.endBeforeStart");
        }
        refusal.throwIfAny();
    }

    @Transactional
    long addFundingLine(long projectId, FundingLineRequest request) {
        complexes.mayWrite();
        Project project = get(projectId);
        Refusal refusal = Refusal.invalid();
        Amounts.check(refusal, "amount", request.amount());
        if (request.source() == FundingSource.PARTNER && blank(request.partnerName())) {
            refusal.field("partnerName", "infrastructure.funding.partnerName");
        }
        refusal.throwIfAny();
        FundingLine saved = lines.save(new FundingLine(
                null,
                projectId,
                request.source(),
                request.source() == FundingSource.PARTNER
                        ? request.partnerName().strip()
                        : null,
                blank(request.conventionRef()) ? null : request.conventionRef().strip(),
                request.amount(),
                acting.now()));
        acting.audit().created("InfraFundingLine", saved.id(), project.regionCode(), saved);
        return saved.id();
    }

    /**
     * A commitment or a payment on one of the project's funding lines. The payments of a line never exceed its
     * amount, nor do its commitments: the money must have been promised before it is engaged or paid.
     */
    @Transactional
    long addDisbursement(long projectId, DisbursementRequest request) {
        CurrentUser user = complexes.mayWrite();
        Project project = get(projectId);
        Refusal refusal = Refusal.invalid();
        Amounts.check(refusal, "amount", request.amount());
        plausible(refusal, "madeOn", request.madeOn());
        if (request.madeOn() != null && request.madeOn().isAfter(acting.today())) {
            refusal.field("madeOn", "infrastructure.disbursement.future");
        }
        refusal.throwIfAny();
        FundingLine line = lines.findById(request.fundingLineId())
                .filter(l -> l.projectId() == projectId)
                .orElseThrow(() -> Refusal.invalidField("fundingLineId", "infrastructure.disbursement.unknownLine"));
        DisbursementKind kind = request.kindOrPayment();
        BigDecimal already = disbursements.findByProjectIdOrderByMadeOnAscIdAsc(projectId).stream()
                .filter(d -> d.fundingLineId().equals(line.id()) && d.kind() == kind)
                .map(Disbursement::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal remaining = line.amount().subtract(already);
        if (request.amount().compareTo(remaining) > 0) {
            throw Refusal.conflict(
                            "infrastructure.disbursement.aboveLine." + kind.name(),
                            remaining.toPlainString(),
                            line.amount().toPlainString())
                    .field(
                            "amount",
                            "infrastructure.disbursement.aboveLine." + kind.name(),
                            remaining.toPlainString(),
                            line.amount().toPlainString());
        }
        Disbursement saved = disbursements.save(new Disbursement(
                null,
                projectId,
                line.id(),
                kind,
                request.amount(),
                request.madeOn(),
                blank(request.reference()) ? null : request.reference().strip(),
                user.username(),
                acting.now()));
        acting.audit().created("InfraDisbursement", saved.id(), project.regionCode(), saved);
        return saved.id();
    }

    @Transactional
    long addMilestone(long projectId, MilestoneRequest request) {
        complexes.mayWrite();
        Project project = get(projectId);
        checkMilestone(request);
        Milestone saved = milestones.save(milestone(null, projectId, request, null));
        acting.audit().created("InfraMilestone", saved.id(), project.regionCode(), saved);
        return saved.id();
    }

    @Transactional
    void updateMilestone(long projectId, long milestoneId, MilestoneRequest request) {
        complexes.mayWrite();
        Project project = get(projectId);
        Milestone before = milestone(projectId, milestoneId);
        checkMilestone(request);
        Milestone after = milestones.save(milestone(milestoneId, projectId, request, before.version()));
        acting.audit().updated("InfraMilestone", milestoneId, project.regionCode(), before, after);
    }

    /** Marks a milestone reached on a day (the page's one-click form). */
    @Transactional
    void reach(long projectId, long milestoneId, LocalDate on) {
        Milestone m = milestone(projectId, milestoneId);
        updateMilestone(
                projectId,
                milestoneId,
                new MilestoneRequest(m.nameAr(), m.nameFr(), m.nameZgh(), m.plannedOn(), on, m.cost()));
    }

    @Transactional
    long addProgress(long projectId, ProgressRequest request) {
        CurrentUser user = complexes.mayWrite();
        Project project = get(projectId);
        Refusal refusal = Refusal.invalid();
        plausible(refusal, "reportedOn", request.reportedOn());
        if (request.reportedOn() != null && request.reportedOn().isAfter(acting.today())) {
            refusal.field("reportedOn", "infrastructure.progress.future");
        }
        if (request.percent() == null || request.percent() < 0 || request.percent() > 100) {
            refusal.field("percent", "infrastructure.progress.percent");
        }
        refusal.throwIfAny();
        ProgressReport saved = progress.save(new ProgressReport(
                null,
                projectId,
                request.reportedOn(),
                request.percent(),
                blank(request.note()) ? null : request.note().strip(),
                user.username(),
                acting.now()));
        acting.audit().created("InfraProgress", saved.id(), project.regionCode(), saved);
        return saved.id();
    }

    /** A photo of a progress report, cleaned of every metadata but its position and date. */
    @Transactional
    PhotoView addPhoto(long projectId, long progressId, byte[] bytes) {
        Project project = get(projectId);
        ProgressReport report = progress.findById(progressId)
                .filter(p -> p.projectId() == projectId)
                .orElseThrow(() -> Refusal.notFound("InfraProgress", progressId));
        return photos.add(project.complexId(), progressId, bytes, report.reportedOn());
    }

    /** The project if the user may see its complex; 404 otherwise. */
    @Transactional(readOnly = true)
    Project get(long id) {
        Project project = projects.findById(id).orElseThrow(() -> Refusal.notFound("InfraProject", id));
        complexes.find(project.complexId());
        return project;
    }

    @Transactional(readOnly = true)
    ProjectFigures figures(Project project) {
        return ProjectFigures.of(
                project,
                lines.findByProjectIdOrderById(project.id()),
                disbursements.findByProjectIdOrderByMadeOnAscIdAsc(project.id()),
                milestones.findByProjectIdOrderByPlannedOnAscIdAsc(project.id()),
                progress.findByProjectIdOrderByReportedOnAscIdAsc(project.id()),
                acting.today());
    }

    @Transactional(readOnly = true)
    List<Project> ofComplex(long complexId) {
        complexes.find(complexId);
        return projects.findByComplexIdOrderById(complexId);
    }

    /** The projects of the current user's scope (every region for national roles). */
    @Transactional(readOnly = true)
    List<Project> inScope() {
        CurrentUser user = acting.user();
        return user.scope().isNational()
                ? projects.findAll()
                : user.scope().restriction().map(projects::findByRegionCode).orElse(List.of());
    }

    Milestone milestone(long projectId, long milestoneId) {
        return milestones
                .findById(milestoneId)
                .filter(m -> m.projectId() == projectId)
                .orElseThrow(() -> Refusal.notFound("InfraMilestone", milestoneId));
    }

    List<FundingLine> lines(long projectId) {
        return lines.findByProjectIdOrderById(projectId);
    }

    List<Disbursement> disbursements(long projectId) {
        return disbursements.findByProjectIdOrderByMadeOnAscIdAsc(projectId);
    }

    List<Milestone> milestones(long projectId) {
        return milestones.findByProjectIdOrderByPlannedOnAscIdAsc(projectId);
    }

    List<ProgressReport> progress(long projectId) {
        return progress.findByProjectIdOrderByReportedOnAscIdAsc(projectId);
    }

    LocalDate today() {
        return acting.today();
    }

    private void checkMilestone(MilestoneRequest request) {
        Refusal refusal = Refusal.invalid();
        Amounts.check(refusal, "cost", request.cost());
        plausible(refusal, "plannedOn", request.plannedOn());
        plausible(refusal, "doneOn", request.doneOn());
        if (request.doneOn() != null && request.doneOn().isAfter(acting.today())) {
            refusal.field("doneOn", "infrastructure.milestone.future");
        }
        refusal.throwIfAny();
    }

    private static Milestone milestone(Long id, long projectId, MilestoneRequest r, Long version) {
        return new Milestone(
                id,
                projectId,
                r.nameAr().strip(),
                r.nameFr().strip(),
                r.nameZgh().strip(),
                r.plannedOn(),
                r.doneOn(),
                r.cost(),
                version);
    }

    private static void plausible(Refusal refusal, String field, LocalDate date) {
        if (date != null && !PlausibleDates.plausible(date)) {
            refusal.field(field, PlausibleDates.KEY, PlausibleDates.MIN_YEAR, PlausibleDates.MAX_YEAR);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
