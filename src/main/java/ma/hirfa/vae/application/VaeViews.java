package ma.hirfa.vae.application;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.hirfa.platform.Language;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.registry.artisan.ArtisanSummary;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import ma.hirfa.training.TrainingProgrammes;
import ma.hirfa.vae.framework.CompetencyView;
import ma.hirfa.vae.framework.Frameworks;
import ma.hirfa.vae.jury.Evaluation;
import ma.hirfa.vae.jury.Jury;
import ma.hirfa.vae.jury.JuryService;
import ma.hirfa.vae.jury.JuryView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Builds the views of applications and juries in the reader's language. */
@Component
public class VaeViews {

    private final ApplicationService applications;
    private final JuryService juries;
    private final Frameworks frameworks;
    private final RegisteredArtisans artisans;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final TrainingProgrammes programmes;

    VaeViews(
            ApplicationService applications,
            JuryService juries,
            Frameworks frameworks,
            RegisteredArtisans artisans,
            ReferenceData reference,
            MessageSource messages,
            TrainingProgrammes programmes) {
        this.applications = applications;
        this.juries = juries;
        this.frameworks = frameworks;
        this.artisans = artisans;
        this.reference = reference;
        this.messages = messages;
        this.programmes = programmes;
    }

    public ApplicationView brief(Application a, Locale locale) {
        Optional<ArtisanSummary> artisan = artisans.find(a.artisanId());
        return new ApplicationView(
                a.id(),
                a.regionCode(),
                a.artisanId(),
                artisan.map(ArtisanSummary::displayName).orElse(null),
                artisan.map(ArtisanSummary::registrationNumber).orElse(null),
                a.craftCode(),
                reference.craftName(a.craftCode(), Language.of(locale)),
                a.trainingLevel(),
                a.yearsOfPractice(),
                a.statement(),
                a.status(),
                List.of(),
                List.of(),
                a.juryId(),
                List.of(),
                null);
    }

    ApplicationView full(Application a, Locale locale) {
        Language language = Language.of(locale);
        ApplicationView brief = brief(a, locale);
        List<String> reasons = a.status() == ApplicationStatus.DRAFT
                ? applications.eligibility(a)
                : a.eligibilityReasons() == null
                        ? List.of()
                        : Arrays.asList(a.eligibilityReasons().split(","));
        List<CompetencyView> competencies =
                a.frameworkId() == null ? List.of() : frameworks.competencies(a.frameworkId());
        Map<Long, Evaluation> scored = juries.evaluations(a.id()).stream()
                .collect(Collectors.toMap(Evaluation::competencyId, Function.identity()));
        Map<Long, CompetencyView> byId =
                competencies.stream().collect(Collectors.toMap(CompetencyView::id, Function.identity()));
        List<ApplicationView.GridLine> grid = competencies.stream()
                .map(c -> new ApplicationView.GridLine(
                        c.id(),
                        c.position(),
                        c.name(language),
                        c.criteria(language),
                        Optional.ofNullable(scored.get(c.id()))
                                .map(Evaluation::acquired)
                                .orElse(null),
                        Optional.ofNullable(scored.get(c.id()))
                                .map(Evaluation::commentText)
                                .orElse(null)))
                .toList();
        ApplicationView.DecisionView decision = juries.decision(a.id())
                .map(d -> new ApplicationView.DecisionView(
                        d.outcome(),
                        d.missingCompetencies() == null
                                ? List.of()
                                : Arrays.stream(d.missingCompetencies().split(","))
                                        .map(id -> Optional.ofNullable(byId.get(Long.valueOf(id)))
                                                .map(c -> c.name(language))
                                                .orElse(id))
                                        .toList(),
                        d.prescribedProgrammeId(),
                        d.prescribedProgrammeId() == null
                                ? null
                                : programmes
                                        .find(d.prescribedProgrammeId())
                                        .map(p -> switch (language) {
                                            case AR -> p.titleAr();
                                            case FR -> p.titleFr();
                                            case ZGH -> p.titleZgh();
                                        })
                                        .orElse(null),
                        d.reasons(),
                        d.certificateRef()))
                .orElse(null);
        return new ApplicationView(
                brief.id(),
                brief.regionCode(),
                brief.artisanId(),
                brief.artisanName(),
                brief.registrationNumber(),
                brief.craftCode(),
                brief.craftName(),
                brief.trainingLevel(),
                brief.yearsOfPractice(),
                brief.statement(),
                brief.status(),
                reasons.stream()
                        .map(r -> messages.getMessage(
                                "vae.eligibility." + r, new Object[] {String.valueOf(applications.minYears())}, locale))
                        .toList(),
                applications.evidence(a.id()).stream()
                        .map(e ->
                                new ApplicationView.EvidenceItem(e.id(), e.fileName(), e.contentType(), e.sizeBytes()))
                        .toList(),
                a.juryId(),
                grid,
                decision);
    }

    public JuryView jury(Jury j, Locale locale) {
        return new JuryView(
                j.id(),
                j.regionCode(),
                j.craftCode(),
                reference.craftName(j.craftCode(), Language.of(locale)),
                j.sitsOn(),
                j.place(),
                juries.members(j.id()).stream()
                        .map(m -> new JuryView.MemberView(
                                m.id(),
                                m.memberKind(),
                                m.fullName(),
                                m.artisanId(),
                                m.declaredAt(),
                                m.relatives().size()))
                        .toList(),
                juries.candidates(j.id()).stream().map(a -> full(a, locale)).toList());
    }
}
