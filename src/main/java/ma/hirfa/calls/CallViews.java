package ma.hirfa.calls;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What pages and the API show of calls, applications and standings (never the stored records themselves). */
@Component
class CallViews {

    record CallView(
            long id,
            String kind,
            long ownerId,
            String ownerName,
            String regionCode,
            String titleAr,
            String titleFr,
            String titleZgh,
            String title,
            String eligibility,
            LocalDate opensOn,
            LocalDate closesOn,
            int appealDays,
            LocalDate appealsUntil,
            CallStatus status,
            LocalDate publishedOn,
            LocalDate finalOn,
            List<GridLine> grid,
            List<OfferedItem> items) {}

    record GridLine(CriterionCode code, String name, int weight, int maxScore) {}

    record StandingView(
            long applicationId,
            Applicant.Kind applicantKind,
            long applicantId,
            String applicantName,
            OffsetDateTime submittedAt,
            List<String> preferences,
            Integer rank,
            BigDecimal score,
            Map<CriterionCode, BigDecimal> means,
            boolean revised) {}

    private final Offerings offerings;
    private final MessageSource messages;

    CallViews(Offerings offerings, MessageSource messages) {
        this.offerings = offerings;
        this.messages = messages;
    }

    CallView call(Call c, Locale locale) {
        return new CallView(
                c.id(),
                c.kind(),
                c.ownerId(),
                offerings.of(c.kind()).ownerName(c.ownerId(), locale),
                c.regionCode(),
                c.title().ar(),
                c.title().fr(),
                c.title().zgh(),
                c.title().text(locale),
                c.eligibility(),
                c.opensOn(),
                c.closesOn(),
                c.appealDays(),
                c.appealsUntil(),
                c.status(),
                c.publishedOn(),
                c.finalOn(),
                c.grid().stream()
                        .map(g -> new GridLine(
                                g.code(),
                                messages.getMessage("calls.criterion." + g.code(), null, locale),
                                g.weight(),
                                g.maxScore()))
                        .toList(),
                c.items());
    }

    StandingView standing(Standing s) {
        CallApplication a = s.application();
        return new StandingView(
                a.id(),
                a.applicant().kind(),
                a.applicant().id(),
                a.applicantName(),
                a.submittedAt(),
                a.preferences(),
                s.ranked() ? s.rank() : null,
                s.score(),
                s.means(),
                a.revisedScore() != null);
    }

    /** Each application's preferences by their labels, first choice first, for pages. */
    Map<Long, String> choices(Call call, List<StandingView> standings) {
        Map<String, String> labels = new java.util.HashMap<>();
        call.items().forEach(i -> labels.put(i.ref(), i.label()));
        Map<Long, String> choices = new java.util.HashMap<>();
        standings.forEach(s -> choices.put(
                s.applicationId(),
                s.preferences().stream()
                        .map(p -> labels.getOrDefault(p, p))
                        .collect(java.util.stream.Collectors.joining(" › "))));
        return choices;
    }
}
