package ma.hirfa.calls;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.platform.Documents;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes (procès-verbal) of a call's committee: the call, its published grid, the members and their
 * declarations, the ranking with its tie-break and the appeals; headings in Arabic, French and Tamazight.
 */
@Component
class CallMinutes {

    private static final Locale AR = Locale.forLanguageTag("ar");
    private static final Locale FR = Locale.forLanguageTag("fr");
    private static final Locale ZGH = Locale.forLanguageTag("zgh");
    private static final List<String> LABELS = List.of(
            "calls.minutes.title",
            "calls.minutes.chamber",
            "calls.call.owner",
            "calls.call.dates",
            "calls.grid.title",
            "calls.grid.weight",
            "calls.grid.max",
            "calls.committee.title",
            "calls.minutes.declarations",
            "calls.ranking.title",
            "calls.ranking.rank",
            "calls.ranking.score",
            "calls.ranking.tieBreak",
            "calls.ranking.unranked",
            "calls.appeal.title",
            "calls.appeal.none",
            "calls.appeal.outcome.UPHELD",
            "calls.appeal.outcome.REJECTED",
            "calls.appeal.pendingLabel",
            "calls.minutes.signatures",
            "calls.status.DRAFT",
            "calls.status.OPEN",
            "calls.status.CLOSED",
            "calls.status.SCORING",
            "calls.status.PUBLISHED",
            "calls.status.FINAL");

    private final Calls calls;
    private final Results results;
    private final CommitteeRepository committee;
    private final AppealRepository appeals;
    private final CallViews views;
    private final Documents documents;

    CallMinutes(
            Calls calls,
            Results results,
            CommitteeRepository committee,
            AppealRepository appeals,
            CallViews views,
            Documents documents) {
        this.calls = calls;
        this.results = results;
        this.committee = committee;
        this.appeals = appeals;
        this.views = views;
        this.documents = documents;
    }

    @Transactional(readOnly = true)
    byte[] pdf(long callId) {
        Call call = calls.get(callId);
        List<String> declarations = committee.declarations(callId);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("callAr", views.call(call, AR));
        model.put("callFr", views.call(call, FR));
        model.put(
                "standings",
                results.standings(call).stream().map(views::standing).toList());
        model.put(
                "members",
                committee.members(callId).stream()
                        .map(m -> new MemberLine(
                                m.fullName(),
                                declarations.stream()
                                        .filter(d -> d.startsWith(m.id() + ":"))
                                        .count()))
                        .toList());
        model.put("appeals", appeals.ofCall(callId));
        Map<String, String> ar = new LinkedHashMap<>();
        // numbers inside Arabic sentences ("النقطة من 100") keep their written order
        documents.labels("", LABELS, AR).forEach((key, text) -> ar.put(key, Documents.isolateNumbers(text)));
        model.put("ar", ar);
        model.put("fr", documents.labels("", LABELS, FR));
        model.put("zgh", documents.labels("", LABELS, ZGH));
        return documents.pdf("calls/minutes", model, FR);
    }

    record MemberLine(String fullName, long declarations) {}
}
