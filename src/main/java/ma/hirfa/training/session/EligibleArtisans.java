package ma.hirfa.training.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ma.hirfa.platform.Language;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.registry.artisan.ArtisanProfile;
import ma.hirfa.registry.artisan.ArtisanSummary;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import org.springframework.stereotype.Component;

/**
 * The enrolment picker of a session page: registered artisans of the session's region whose craft the
 * programme concerns and who are not yet in it; and enrolment of several at once, each on its own (one
 * refusal does not undo the others, and says why).
 */
@Component
class EligibleArtisans {

    private final Sessions sessions;
    private final Enrolments enrolments;
    private final EnrolmentRepository rows;
    private final RegisteredArtisans artisans;
    private final ReferenceData reference;

    EligibleArtisans(
            Sessions sessions,
            Enrolments enrolments,
            EnrolmentRepository rows,
            RegisteredArtisans artisans,
            ReferenceData reference) {
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.rows = rows;
        this.artisans = artisans;
        this.reference = reference;
    }

    record Candidate(long id, String name, String registrationNumber, String craft, String province) {}

    record Refusal(String name, String messageKey) {}

    record Batch(int enrolled, int waiting, List<Refusal> refusals) {}

    List<Candidate> forSession(long sessionId, Language language) {
        TrainingSession session = sessions.get(sessionId);
        Programme programme = sessions.programmeOf(session);
        Set<Long> inSession = rows.findBySessionIdOrderByIdAsc(sessionId).stream()
                .filter(e -> e.status() != EnrolmentStatus.WITHDRAWN)
                .map(Enrolment::artisanId)
                .collect(Collectors.toSet());
        List<Candidate> candidates = new ArrayList<>();
        // The session's own province first: a caravan stop serves the artisans around it.
        List<String> provinces = new ArrayList<>();
        provinces.add(session.provinceCode());
        reference.provinces(session.regionCode()).stream()
                .map(p -> p.code())
                .filter(code -> !code.equals(session.provinceCode()))
                .forEach(provinces::add);
        for (String province : provinces) {
            for (ArtisanSummary summary : artisans.registeredIn(province)) {
                if (inSession.contains(summary.id())) {
                    continue;
                }
                artisans.profile(summary.id())
                        .filter(p -> programme.concerns(p.craftCode()))
                        .ifPresent(p -> candidates.add(candidate(p, language)));
            }
        }
        return candidates;
    }

    Batch enrol(long sessionId, List<Long> artisanIds, String referenceOrNull) {
        sessions.get(sessionId);
        Set<Long> ids = new LinkedHashSet<>(artisanIds == null ? List.of() : artisanIds);
        List<Refusal> refusals = new ArrayList<>();
        if (referenceOrNull != null && !referenceOrNull.isBlank()) {
            artisans.findByReference(referenceOrNull)
                    .ifPresentOrElse(
                            a -> ids.add(a.id()),
                            () -> refusals.add(
                                    new Refusal(referenceOrNull.strip(), "training.enrolment.unknownArtisan")));
        }
        int enrolled = 0;
        int waiting = 0;
        for (long id : ids) {
            try {
                EnrolmentStatus status = enrolments.enrol(sessionId, id);
                if (status == EnrolmentStatus.ENROLLED) {
                    enrolled++;
                } else {
                    waiting++;
                }
            } catch (ma.hirfa.platform.Refusal e) {
                // A file that does not exist (or not in the region) is named by its id: there is no name to show.
                refusals.add(
                        e.key().equals("platform.api.not-found")
                                ? new Refusal(Long.toString(id), "training.enrolment.unknownArtisan")
                                : new Refusal(name(id), e.key()));
            }
        }
        return new Batch(enrolled, waiting, refusals);
    }

    private String name(long id) {
        return artisans.find(id).map(ArtisanSummary::displayName).orElse(Long.toString(id));
    }

    private Candidate candidate(ArtisanProfile p, Language language) {
        return new Candidate(
                p.id(),
                p.displayName(),
                p.registrationNumber(),
                reference.craftName(p.craftCode(), language),
                reference.provinceName(p.provinceCode(), language));
    }
}
