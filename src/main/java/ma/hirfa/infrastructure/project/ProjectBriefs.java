package ma.hirfa.infrastructure.project;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.infrastructure.complex.ComplexSummary;
import ma.hirfa.infrastructure.complex.Complexes;
import ma.hirfa.infrastructure.complex.PhotoView;
import ma.hirfa.infrastructure.complex.Photos;
import ma.hirfa.platform.Documents;
import ma.hirfa.platform.Language;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funding brief of a project, one A4 page for a meeting with the ministry: headings in Arabic, French and
 * Tamazight side by side, the figures, the gap by source, what the gap would finish, the progress as bars and
 * the latest photos of the works.
 */
@Component
class ProjectBriefs {

    static final int PHOTOS = 3;

    private static final List<String> LABELS = List.of(
            "title",
            "complex",
            "status",
            "figures",
            "totalCost",
            "secured",
            "spent",
            "gap",
            "progress",
            "plannedEnd",
            "forecastEnd",
            "slip",
            "days",
            "bySource",
            "source",
            "remaining",
            "gapShare",
            "wouldFinish",
            "nothingMissing",
            "milestone",
            "plannedOn",
            "cost",
            "chart",
            "photos",
            "noPhotos",
            "mad",
            "conventions",
            "total");

    private final ProjectViews views;
    private final Projects projects;
    private final Complexes complexes;
    private final Photos photos;
    private final Documents documents;

    ProjectBriefs(ProjectViews views, Projects projects, Complexes complexes, Photos photos, Documents documents) {
        this.views = views;
        this.projects = projects;
        this.complexes = complexes;
        this.photos = photos;
        this.documents = documents;
    }

    @Transactional(readOnly = true)
    byte[] pdf(long projectId) {
        ProjectView ar = views.view(projectId, Language.AR);
        ProjectView fr = views.view(projectId, Language.FR);
        ComplexSummary complex = complexes.find(ar.complexId());
        Project project = projects.get(projectId);
        List<PhotoView> all = ar.photos();
        List<PhotoView> shown = all.subList(Math.max(0, all.size() - PHOTOS), all.size());
        Map<String, Object> model = new HashMap<>();
        model.put("p", ar);
        model.put("pfr", fr);
        model.put("titleZgh", project.titleZgh());
        model.put("complex", complex);
        model.put("photos", shown);
        model.put(
                "named",
                ar.lines().stream()
                        .filter(l -> l.partnerName() != null || l.conventionRef() != null)
                        .toList());
        model.put("photoData", shown.stream().map(ph -> photos.dataUri(ph.id())).toList());
        for (Language language : List.of(Language.AR, Language.FR, Language.ZGH)) {
            Locale locale = language.locale();
            model.put(
                    language.name().toLowerCase(Locale.ROOT),
                    documents.labels("infrastructure.brief.", LABELS, locale));
            model.put(
                    "status" + language.name(),
                    documents.message("infrastructure.complex.status." + complex.status(), locale));
            Map<String, String> sources = new HashMap<>();
            for (FundingSource source : FundingSource.values()) {
                sources.put(source.name(), documents.message("infrastructure.funding.source." + source, locale));
            }
            model.put("sources" + language.name(), sources);
        }
        return documents.pdf("infrastructure/projects/brief", model, Language.AR.locale());
    }
}
