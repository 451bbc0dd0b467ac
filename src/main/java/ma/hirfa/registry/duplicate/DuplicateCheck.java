package ma.hirfa.registry.duplicate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.hirfa.matching.DuplicateReview;
import ma.hirfa.matching.IdentityHit;
import ma.hirfa.matching.IdentitySearch;
import ma.hirfa.matching.MatchScore;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.registry.artisan.Artisan;
import ma.hirfa.registry.artisan.ArtisanDetails;
import ma.hirfa.registry.artisan.ArtisanForm;
import ma.hirfa.registry.artisan.ArtisanIdentities;
import ma.hirfa.registry.artisan.ArtisanRepository;
import ma.hirfa.registry.artisan.ArtisanRules;
import ma.hirfa.registry.artisan.ArtisanService;
import ma.hirfa.registry.artisan.ArtisanStatus;
import ma.hirfa.registry.artisan.ScopeRegions;
import ma.hirfa.registry.correction.Corrections;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Duplicate detection on every entry path (form, API, and later import and field sync): before a file is
 * saved, the files of the user's region that may be the same person are shown with score and reasons. The
 * user may go on; the pairs then wait in the review queue, where a reviewer decides. Pairs a reviewer
 * already called different people are not shown again.
 */
@Service
public class DuplicateCheck {

    static final int MAX_CANDIDATES = 5;
    static final String SOURCE = "ENTRY";

    private final IdentitySearch search;
    private final DuplicateReview review;
    private final ArtisanRepository artisans;
    private final ArtisanService files;
    private final Corrections corrections;
    private final CurrentUsers users;

    DuplicateCheck(
            IdentitySearch search,
            DuplicateReview review,
            ArtisanRepository artisans,
            ArtisanService files,
            Corrections corrections,
            CurrentUsers users) {
        this.search = search;
        this.review = review;
        this.artisans = artisans;
        this.files = files;
        this.corrections = corrections;
        this.users = users;
    }

    /** Files that may be this person, best first; {@code id} is the file being corrected, or null. */
    @Transactional(readOnly = true)
    public List<DuplicateCandidate> candidates(ArtisanForm form, Long id) {
        ArtisanDetails details = ArtisanRules.normalise(form);
        RegionScope scope = users.current().scope();
        List<IdentityHit> hits =
                search.candidates(ArtisanIdentities.identity(id, details), ScopeRegions.of(scope), id, MAX_CANDIDATES);
        Map<Long, Artisan> found = new HashMap<>();
        artisans.findAllById(hits.stream().map(IdentityHit::artisanId).toList()).forEach(a -> found.put(a.id(), a));
        List<DuplicateCandidate> out = new ArrayList<>();
        for (IdentityHit h : hits) {
            Artisan a = found.get(h.artisanId());
            if (a == null
                    || !scope.covers(a.regionCode())
                    || a.status() == ArtisanStatus.MERGED
                    || (id != null && review.decidedDifferent(id, a.id()))) {
                continue;
            }
            out.add(new DuplicateCandidate(
                    a.id(),
                    a.regionCode(),
                    a.displayName(),
                    a.details().nationalId(),
                    a.details().birthDate(),
                    a.details().provinceCode(),
                    a.status(),
                    a.registrationNumber(),
                    h.score(),
                    h.percent(),
                    h.reasons().stream().map(r -> "matching.reason." + r.name()).toList()));
        }
        return out;
    }

    /** A created file and the files it may duplicate (already queued for review). */
    public record Created(long id, List<DuplicateCandidate> candidates) {}

    /** Creates the file unless it looks like another and the user did not confirm it is a different person. */
    @Transactional
    public long create(ArtisanForm form, boolean confirmed) {
        return createReporting(form, confirmed).id();
    }

    @Transactional
    public Created createReporting(ArtisanForm form, boolean confirmed) {
        List<DuplicateCandidate> found = unlessNationalIdTaken(form, candidates(form, null));
        if (!found.isEmpty() && !confirmed) {
            throw possibleDuplicates(found);
        }
        long id = files.create(form);
        queue(id, found);
        return new Created(id, found);
    }

    @Transactional
    public void update(long id, ArtisanForm form, boolean confirmed) {
        List<DuplicateCandidate> found = candidates(form, id);
        if (!found.isEmpty() && !confirmed) {
            throw possibleDuplicates(found);
        }
        files.update(id, form);
        queue(id, found);
    }

    @Transactional
    public void proposeCorrection(long id, ArtisanForm form, String reason, boolean confirmed) {
        List<DuplicateCandidate> found = candidates(form, id);
        if (!found.isEmpty() && !confirmed) {
            throw possibleDuplicates(found);
        }
        corrections.propose(id, form, reason);
        queue(id, found);
    }

    /**
     * The file looks like one already in the register: the user must look, then confirm it is another person. The
     * page lists the candidates; the API answers them with their reasons in the caller's language.
     */
    private static Refusal possibleDuplicates(List<DuplicateCandidate> found) {
        return Refusal.conflict("registry.duplicate.api.confirm")
                .with("candidatesCount", found.size())
                .with("candidates", (Refusal.Localized) (messages, locale) -> found.stream()
                        .map(c -> DuplicateCandidateResponse.of(c, messages, locale))
                        .toList())
                .show("candidates", found);
    }

    /** The user went on: each pair waits for a reviewer, and the file is flagged. */
    private void queue(long id, List<DuplicateCandidate> found) {
        if (found.isEmpty()) {
            return;
        }
        Artisan file = artisans.findById(id).orElseThrow();
        for (DuplicateCandidate c : found) {
            review.propose(
                    id,
                    file.regionCode(),
                    c.id(),
                    c.regionCode(),
                    new MatchScore(c.score(), reasonsOf(c)),
                    SOURCE,
                    users.current().username());
        }
        if (!file.potentialDuplicate()) {
            artisans.save(file.withPotentialDuplicate(true));
        }
    }

    private static List<ma.hirfa.matching.MatchReason> reasonsOf(DuplicateCandidate c) {
        return c.reasons().stream()
                .map(k -> ma.hirfa.matching.MatchReason.valueOf(k.substring("matching.reason.".length())))
                .toList();
    }

    /** The same national id on an active file is a hard refusal, which the register's own check gives. */
    private List<DuplicateCandidate> unlessNationalIdTaken(ArtisanForm form, List<DuplicateCandidate> found) {
        String nationalId = ArtisanRules.normalise(form).nationalId();
        return artisans.activeWithNationalId(nationalId).isEmpty() ? found : List.of();
    }
}
