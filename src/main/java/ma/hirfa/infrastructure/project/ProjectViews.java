package ma.hirfa.infrastructure.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.hirfa.infrastructure.complex.ComplexProjects;
import ma.hirfa.infrastructure.complex.Complexes;
import ma.hirfa.infrastructure.complex.PhotoView;
import ma.hirfa.infrastructure.complex.Photos;
import ma.hirfa.infrastructure.complex.ProjectOverview;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.report.Chart;
import ma.hirfa.platform.report.Count;
import ma.hirfa.platform.report.Series;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Projects as pages, the brief and the complexes' API read them: the rows with what they add up to. */
@Component
class ProjectViews implements ComplexProjects {

    private final Projects projects;
    private final Complexes complexes;
    private final Photos photos;

    ProjectViews(Projects projects, Complexes complexes, Photos photos) {
        this.projects = projects;
        this.complexes = complexes;
        this.photos = photos;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProjectOverview> of(long complexId) {
        return projects.ofComplex(complexId).stream().map(this::overview).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> atRisk() {
        Set<Long> complexes = new HashSet<>();
        for (Project p : projects.inScope()) {
            ProjectFigures f = projects.figures(p);
            if (f.hasGap() || f.slipped()) {
                complexes.add(p.complexId());
            }
        }
        return complexes;
    }

    ProjectOverview overview(Project p) {
        ProjectFigures f = projects.figures(p);
        return new ProjectOverview(
                p.id(),
                p.titleAr(),
                p.titleFr(),
                p.titleZgh(),
                f.totalCost(),
                f.secured(),
                f.spent(),
                f.gap(),
                f.spentRatio(),
                f.progress(),
                f.plannedEnd(),
                f.forecastEnd(),
                f.slipDays());
    }

    @Transactional(readOnly = true)
    ProjectView view(long id, Language language) {
        Project project = projects.get(id);
        ProjectFigures figures = projects.figures(project);
        List<FundingLine> lines = projects.lines(id);
        List<Disbursement> disbursements = projects.disbursements(id);
        Map<Long, FundingLine> lineById = new HashMap<>();
        lines.forEach(l -> lineById.put(l.id(), l));
        LocalDate today = projects.today();
        Set<Long> gapWouldFinish = new HashSet<>();
        figures.gapWouldFinish().forEach(m -> gapWouldFinish.add(m.id()));
        List<PhotoView> all = photos.of(project.complexId());
        List<ProjectView.ProgressView> progress = projects.progress(id).stream()
                .map(r -> new ProjectView.ProgressView(
                        r.id(),
                        r.reportedOn(),
                        r.percent(),
                        r.note(),
                        all.stream()
                                .filter(ph -> r.id().equals(ph.progressId()))
                                .toList()))
                .toList();
        return new ProjectView(
                id,
                project.complexId(),
                complexes.find(project.complexId()).name(language),
                project.title(language),
                project.plannedStart(),
                project.plannedEnd(),
                project.contractors(),
                figures,
                lines.stream().map(l -> line(l, disbursements)).toList(),
                disbursements.stream()
                        .map(d -> new ProjectView.DisbursementView(
                                d.id(),
                                d.kind(),
                                lineById.get(d.fundingLineId()).source(),
                                lineById.get(d.fundingLineId()).partnerName(),
                                d.amount(),
                                d.madeOn(),
                                d.reference()))
                        .toList(),
                projects.milestones(id).stream()
                        .map(m -> new ProjectView.MilestoneView(
                                m.id(),
                                m.name(language),
                                m.plannedOn(),
                                m.doneOn(),
                                m.cost(),
                                lateness(m, today),
                                gapWouldFinish.contains(m.id())))
                        .toList(),
                progress,
                chart(progress));
    }

    /** The progress reports as bars, one per visit in date order: how far the works went and when. */
    static Chart chart(List<ProjectView.ProgressView> progress) {
        return Chart.of(
                "infrastructure.project.progressChart",
                "infrastructure.progress.reportedOn",
                new Series(
                        "infrastructure.progress.percent",
                        progress.stream()
                                .map(p -> Count.named(p.reportedOn().toString(), p.percent()))
                                .toList()));
    }

    private static ProjectView.LineView line(FundingLine l, List<Disbursement> disbursements) {
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        for (Disbursement d : disbursements) {
            if (d.fundingLineId().equals(l.id())) {
                if (d.payment()) {
                    paid = paid.add(d.amount());
                } else {
                    committed = committed.add(d.amount());
                }
            }
        }
        return new ProjectView.LineView(
                l.id(),
                l.source(),
                l.partnerName(),
                l.conventionRef(),
                l.amount(),
                committed,
                paid,
                l.amount().subtract(paid));
    }

    private static long lateness(Milestone m, LocalDate today) {
        LocalDate reached = m.done() ? m.doneOn() : today;
        return Math.max(0, ChronoUnit.DAYS.between(m.plannedOn(), reached));
    }
}
