package ma.hirfa.training.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.NationalId;
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

    static final int SHOWN = 20;
    private static final java.util.regex.Pattern REGISTRATION_NUMBER =
            java.util.regex.Pattern.compile("\\d{2}-\\d{3}-\\d{4}-\\d{6}");

    record Candidate(long id, String name, String registrationNumber, String craft, String province) {}

    /** Serializable: it travels in the flash attributes of a session stored in the database. */
    record Refusal(String name, String messageKey) implements java.io.Serializable {}

    record Batch(int enrolled, int waiting, List<Refusal> refusals) {}

    /**
     * The eligible artisans whose name (Arabic or Latin script), national id or registration number contains what
     * was typed, at most {@link #SHOWN} of them, with how many match in all: a caravan's region holds hundreds of
     * artisans, too many to tick in a list on a phone. Nothing typed shows the first ones, the session's province
     * first.
     */
    Found search(long sessionId, String query, Language language) {
        String wanted = folded(query);
        List<ArtisanProfile> matching = eligible(sessionId).stream()
                .filter(p -> wanted.isEmpty() || matches(p, wanted))
                .toList();
        return new Found(
                matching.stream().limit(SHOWN).map(p -> candidate(p, language)).toList(), matching.size());
    }

    record Found(List<Candidate> shown, int total) {
        public boolean more() {
            return total > shown.size();
        }
    }

    private static boolean matches(ArtisanProfile p, String wanted) {
        return java.util.stream.Stream.of(
                        p.nationalId(),
                        p.registrationNumber(),
                        p.displayName(),
                        join(p.firstNameAr(), p.lastNameAr()),
                        join(p.lastNameAr(), p.firstNameAr()),
                        join(p.firstNameLat(), p.lastNameLat()),
                        join(p.lastNameLat(), p.firstNameLat()))
                .anyMatch(text -> folded(text).contains(wanted));
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + " " + (b == null ? "" : b);
    }

    /** Case, Latin accents, Arabic short vowels and spacing do not matter to a search. */
    static String folded(String text) {
        if (text == null) {
            return "";
        }
        String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('أ', 'ا')
                .replace('إ', 'ا')
                .replace('آ', 'ا')
                .replace('ة', 'ه')
                .replace('ى', 'ي');
        return plain.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[\\s\\-]+", " ")
                .strip();
    }

    List<Candidate> forSession(long sessionId, Language language) {
        return eligible(sessionId).stream().map(p -> candidate(p, language)).toList();
    }

    private List<ArtisanProfile> eligible(long sessionId) {
        TrainingSession session = sessions.get(sessionId);
        Programme programme = sessions.programmeOf(session);
        Set<Long> inSession = rows.findBySessionIdOrderByIdAsc(sessionId).stream()
                .filter(e -> e.status() != EnrolmentStatus.WITHDRAWN)
                .map(Enrolment::artisanId)
                .collect(Collectors.toSet());
        List<ArtisanProfile> candidates = new ArrayList<>();
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
                        .ifPresent(candidates::add);
            }
        }
        return candidates;
    }

    /**
     * Enrols the ticked artisans and the one typed by reference, each on its own. Every value that cannot be an
     * artisan (a malformed id or reference), names no artisan, or is refused by the session's rules becomes a
     * refusal that the page lists with its reason.
     */
    Batch enrol(long sessionId, List<String> artisanIds, String referenceOrNull) {
        sessions.get(sessionId);
        Set<Long> ids = new LinkedHashSet<>();
        List<Refusal> refusals = new ArrayList<>();
        for (String raw : artisanIds == null ? List.<String>of() : artisanIds) {
            try {
                ids.add(Long.parseLong(raw.strip()));
            } catch (NumberFormatException malformed) {
                refusals.add(new Refusal(raw.strip(), "training.enrolment.malformed"));
            }
        }
        if (referenceOrNull != null && !referenceOrNull.isBlank()) {
            String reference = referenceOrNull.strip();
            if (!NationalId.isValid(reference)
                    && !REGISTRATION_NUMBER
                            .matcher(reference.replaceAll("\\s", ""))
                            .matches()) {
                refusals.add(new Refusal(reference, "training.enrolment.malformed"));
            } else {
                artisans.findByReference(reference)
                        .ifPresentOrElse(
                                a -> ids.add(a.id()),
                                () -> refusals.add(new Refusal(reference, "training.enrolment.unknownArtisan")));
            }
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
