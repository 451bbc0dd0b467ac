package ma.hirfa.vae.jury;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.platform.Documents;
import ma.hirfa.vae.application.VaeViews;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The minutes (procès-verbal) of a jury session: members, candidates and decisions, in Arabic and French. */
@Component
class Minutes {

    private static final Locale AR = Locale.forLanguageTag("ar");
    private static final Locale FR = Locale.forLanguageTag("fr");
    private static final List<String> LABELS = List.of(
            "vae.minutes.title",
            "vae.minutes.chamber",
            "vae.jury.craft",
            "vae.jury.sitsOn",
            "vae.jury.place",
            "vae.jury.members",
            "vae.jury.candidates",
            "vae.member.declared",
            "vae.decision.outcome",
            "vae.decision.missing",
            "vae.decision.programme",
            "vae.decision.reasons",
            "vae.decision.pending",
            "vae.minutes.signatures",
            "vae.member.kind.PROFESSIONAL",
            "vae.member.kind.TRAINER",
            "vae.outcome.FULL",
            "vae.outcome.PARTIAL",
            "vae.outcome.REFUSAL");

    private final JuryService juries;
    private final VaeViews views;
    private final Documents documents;

    Minutes(JuryService juries, VaeViews views, Documents documents) {
        this.juries = juries;
        this.views = views;
        this.documents = documents;
    }

    @Transactional(readOnly = true)
    byte[] pdf(long juryId) {
        Jury jury = juries.get(juryId);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("juryAr", views.jury(jury, AR));
        model.put("juryFr", views.jury(jury, FR));
        model.put("ar", labels(AR));
        model.put("fr", labels(FR));
        return documents.pdf("vae/minutes", model, FR);
    }

    private Map<String, String> labels(Locale locale) {
        return documents.labels("", LABELS, locale);
    }
}
