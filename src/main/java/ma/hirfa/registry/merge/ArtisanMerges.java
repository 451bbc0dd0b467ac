package ma.hirfa.registry.merge;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.hirfa.matching.DuplicatePair;
import ma.hirfa.matching.DuplicateReview;
import ma.hirfa.platform.Acting;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.Role;
import ma.hirfa.registry.ArtisanChanged;
import ma.hirfa.registry.ArtisansMerged;
import ma.hirfa.registry.artisan.Artisan;
import ma.hirfa.registry.artisan.ArtisanRepository;
import ma.hirfa.registry.artisan.ArtisanRules;
import ma.hirfa.registry.artisan.ArtisanService;
import ma.hirfa.registry.artisan.ArtisanStatus;
import ma.hirfa.registry.artisan.ArtisanTimeline;
import ma.hirfa.registry.artisan.ArtisanViews;
import ma.hirfa.registry.artisan.OneActiveFile;
import ma.hirfa.registry.artisan.ScopeRegions;
import ma.hirfa.registry.card.ProfessionalCards;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions on possible duplicates, by a reviewer (chamber manager or administrator) whose scope covers both
 * files. "Not a duplicate" is remembered. A merge keeps both files: the absorbed one takes the status MERGED
 * and points to the survivor, its timeline, documents and audit history stay reachable, its card is revoked
 * and it leaves the identity index. Undoing restores its status, card and index entry. Every step is audited.
 */
@Service
public class ArtisanMerges {

    static final String MERGE_ENTITY = "ArtisanMerge";
    static final String PAIR_ENTITY = "DuplicatePair";

    private final JdbcTemplate jdbc;
    private final ArtisanService files;
    private final ArtisanRepository artisans;
    private final ArtisanRules rules;
    private final ArtisanTimeline timeline;
    private final ApplicationEventPublisher events;
    private final DuplicateReview review;
    private final ProfessionalCards cards;
    private final Acting acting;

    ArtisanMerges(
            JdbcTemplate jdbc,
            ArtisanService files,
            ArtisanRepository artisans,
            ArtisanRules rules,
            ArtisanTimeline timeline,
            ApplicationEventPublisher events,
            DuplicateReview review,
            ProfessionalCards cards,
            Acting acting) {
        this.jdbc = jdbc;
        this.files = files;
        this.artisans = artisans;
        this.rules = rules;
        this.timeline = timeline;
        this.events = events;
        this.review = review;
        this.cards = cards;
        this.acting = acting;
    }

    /** A pending pair the reviewer may decide on; 404 when it is outside their scope. */
    @Transactional(readOnly = true)
    public DuplicatePair pair(long pairId) {
        CurrentUser user = reviewer();
        return review.get(pairId, ScopeRegions.of(user.scope()))
                .orElseThrow(() -> Refusal.notFound("DuplicatePair", pairId));
    }

    @Transactional
    public void notDuplicate(long pairId) {
        DuplicatePair pair = pending(pairId);
        CurrentUser user = acting.user();
        review.decideNotDuplicate(pair.id(), ScopeRegions.of(user.scope()), user.username());
        auditPair(pair, DuplicateReview.NOT_DUPLICATE, null);
    }

    /** Merges the other file of the pair into {@code survivorId}. */
    @Transactional
    public void merge(long pairId, long survivorId) {
        DuplicatePair pair = pending(pairId);
        if (survivorId != pair.artisanA() && survivorId != pair.artisanB()) {
            throw Refusal.conflict("registry.workflow.notAllowed");
        }
        CurrentUser user = acting.user();
        Artisan survivor = files.get(survivorId);
        Artisan absorbed = files.get(pair.other(survivorId));
        if (survivor.status() == ArtisanStatus.MERGED || absorbed.status() == ArtisanStatus.MERGED) {
            throw Refusal.conflict("registry.duplicate.alreadyMerged");
        }
        String why = "#" + survivorId;
        Artisan saved = artisans.save(absorbed.movedTo(ArtisanStatus.MERGED, acting.now()));
        jdbc.update("update reg_artisan set merged_into = ? where id = ?", survivorId, absorbed.id());
        jdbc.update(
                "insert into reg_merge (survivor_id, absorbed_id, absorbed_status, pair_id, merged_by, merged_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                survivorId,
                absorbed.id(),
                absorbed.status().name(),
                pair.id(),
                user.username(),
                Timestamp.from(acting.now()));
        timeline.record(absorbed.id(), absorbed.status(), ArtisanStatus.MERGED, why);
        acting.audit()
                .updated(
                        ArtisanService.ENTITY,
                        absorbed.id(),
                        saved.regionCode(),
                        absorbed.snapshot(),
                        merged(saved, survivorId));
        acting.audit()
                .created(MERGE_ENTITY, absorbed.id(), saved.regionCode(), mergeRecord(survivorId, absorbed, pair.id()));
        cards.follow(ArtisanViews.holder(saved), absorbed.status().name(), ArtisanStatus.MERGED.name(), why);
        events.publishEvent(new ArtisansMerged(survivorId, absorbed.id(), saved.regionCode()));
        review.markMerged(pair.id(), ScopeRegions.of(user.scope()), survivorId, user.username());
        auditPair(pair, DuplicateReview.MERGED, survivorId);
    }

    /** Undoes the last merge of this absorbed file: its status, card and index entry come back. */
    @Transactional
    public void undo(long absorbedId) {
        CurrentUser user = reviewer();
        Artisan absorbed = files.get(absorbedId);
        if (absorbed.status() != ArtisanStatus.MERGED) {
            throw Refusal.conflict("registry.duplicate.notMerged");
        }
        Map<String, Object> merge = jdbc
                .queryForList(
                        "select id, survivor_id, absorbed_status, pair_id from reg_merge where absorbed_id = ?"
                                + " and undone_at is null order by id desc",
                        absorbedId)
                .stream()
                .findFirst()
                .orElseThrow(() -> Refusal.conflict("registry.duplicate.notMerged"));
        long survivorId = ((Number) merge.get("survivor_id")).longValue();
        files.get(survivorId);
        ArtisanStatus previous = ArtisanStatus.valueOf((String) merge.get("absorbed_status"));
        if (previous.active()) {
            // the person may have been given another active file since the merge: undoing it would make two
            rules.checkNoOtherActiveFile(absorbed.details().nationalId(), absorbedId);
        }
        Artisan restored = OneActiveFile.write(() -> artisans.save(absorbed.movedTo(previous, acting.now())));
        jdbc.update("update reg_artisan set merged_into = null where id = ?", absorbedId);
        jdbc.update(
                "update reg_merge set undone_by = ?, undone_at = ? where id = ?",
                user.username(),
                Timestamp.from(acting.now()),
                merge.get("id"));
        String why = "#" + survivorId;
        timeline.record(absorbedId, ArtisanStatus.MERGED, previous, why);
        acting.audit()
                .updated(
                        ArtisanService.ENTITY,
                        absorbedId,
                        restored.regionCode(),
                        merged(absorbed, survivorId),
                        restored.snapshot());
        acting.audit()
                .deleted(
                        MERGE_ENTITY,
                        absorbedId,
                        restored.regionCode(),
                        mergeRecord(survivorId, absorbed, merge.get("pair_id")));
        cards.follow(ArtisanViews.holder(restored), ArtisanStatus.MERGED.name(), previous.name(), why);
        events.publishEvent(new ArtisanChanged(absorbedId, restored.regionCode()));
        if (merge.get("pair_id") != null) {
            DuplicatePair pair =
                    review.reopen(((Number) merge.get("pair_id")).longValue(), ScopeRegions.of(user.scope()));
            auditPair(pair, DuplicateReview.PENDING, null);
        }
    }

    /** What the file's page shows about merges. */
    @Transactional(readOnly = true)
    public MergeInfo of(Artisan file) {
        List<Long> into = jdbc.queryForList(
                "select survivor_id from reg_merge where absorbed_id = ? and undone_at is null order by id desc",
                Long.class,
                file.id());
        List<Long> absorbed = jdbc.queryForList(
                "select absorbed_id from reg_merge where survivor_id = ? and undone_at is null order by id",
                Long.class,
                file.id());
        boolean reviewer = acting.user().hasRole(Role.CHAMBER_MANAGER, Role.ADMIN);
        Long mergedInto = file.status() == ArtisanStatus.MERGED && !into.isEmpty() ? into.get(0) : null;
        return new MergeInfo(mergedInto, absorbed, reviewer && mergedInto != null);
    }

    /** A reviewer's decision on a pair, with the state before and after. */
    private void auditPair(DuplicatePair before, String state, Long survivor) {
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("state", before.state());
        was.put("artisans", List.of(before.artisanA(), before.artisanB()));
        Map<String, Object> now = new LinkedHashMap<>(was);
        now.put("state", state);
        now.put("survivor", survivor);
        acting.audit().updated(PAIR_ENTITY, before.id(), before.regionA(), was, now);
    }

    private DuplicatePair pending(long pairId) {
        DuplicatePair pair = pair(pairId);
        if (!DuplicateReview.PENDING.equals(pair.state())) {
            throw Refusal.conflict("registry.duplicate.alreadyDecided");
        }
        return pair;
    }

    private CurrentUser reviewer() {
        CurrentUser user = acting.user();
        if (!user.hasRole(Role.CHAMBER_MANAGER, Role.ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("reviewers only");
        }
        return user;
    }

    private static Map<String, Object> merged(Artisan file, long survivorId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("snapshot", file.snapshot());
        m.put("status", ArtisanStatus.MERGED);
        m.put("mergedInto", survivorId);
        return m;
    }

    private static Map<String, Object> mergeRecord(long survivorId, Artisan absorbed, Object pairId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("survivor", survivorId);
        m.put("absorbed", absorbed.id());
        m.put("absorbedStatus", absorbed.status());
        m.put("pair", pairId);
        return m;
    }
}
