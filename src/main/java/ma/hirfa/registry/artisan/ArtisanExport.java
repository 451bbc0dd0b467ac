package ma.hirfa.registry.artisan;

import java.util.Collection;
import java.util.List;
import ma.hirfa.platform.AuditHistoryItem;
import ma.hirfa.platform.AuditTrail;
import ma.hirfa.platform.Language;
import ma.hirfa.registry.card.CardView;
import ma.hirfa.registry.card.ProfessionalCards;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything Hirfa holds about one artisan (Law 09-08 right of access): the file, its timeline, cards,
 * consents and the audit trail of changes. Producing it is itself recorded in the audit trail.
 */
@Service
class ArtisanExport {

    record ExportedFile(
            ArtisanView file,
            List<ArtisanTimeline.Event> timeline,
            List<CardView> cards,
            Collection<Consents.Consent> consents,
            List<AuditHistoryItem> changes) {}

    private final ArtisanService files;
    private final ArtisanViews views;
    private final ArtisanTimeline timeline;
    private final ProfessionalCards cards;
    private final Consents consents;
    private final AuditTrail audit;

    ArtisanExport(
            ArtisanService files,
            ArtisanViews views,
            ArtisanTimeline timeline,
            ProfessionalCards cards,
            Consents consents,
            AuditTrail audit) {
        this.files = files;
        this.views = views;
        this.timeline = timeline;
        this.cards = cards;
        this.consents = consents;
        this.audit = audit;
    }

    @Transactional
    ExportedFile of(long id, Language language) {
        Artisan file = files.get(id);
        ExportedFile export = new ExportedFile(
                views.of(file, language),
                timeline.of(id),
                cards.history(id),
                consents.of(id).values(),
                audit.history(ArtisanService.ENTITY, id));
        audit.read(ArtisanService.ENTITY, id, file.regionCode(), java.util.Map.of("export", "all personal data"));
        return export;
    }
}
