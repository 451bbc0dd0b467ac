package ma.hirfa.matching;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import ma.hirfa.matching.index.IdentityTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity index that search and duplicate detection read. The register keeps it up to date through its
 * events ({@code ArtisanChanged}, {@code ArtisanRegistered}, {@code ArtisansMerged}), in the transaction of each
 * change (ADR 0061); its bulk import adds the files of each batch in the batch's transaction (ADR 0023).
 */
@Service
public class IdentityIndex {

    private final IdentityTable table;
    private final Clock clock;

    IdentityIndex(JdbcTemplate jdbc, Clock clock) {
        this.table = new IdentityTable(jdbc);
        this.clock = clock;
    }

    @Transactional
    public void put(long artisanId, String regionCode, String registrationNumber, IdentityRecord identity) {
        putAll(List.of(new IndexedIdentity(artisanId, regionCode, registrationNumber, identity)));
    }

    @Transactional
    public void putAll(List<IndexedIdentity> identities) {
        table.replace(identities, clock.instant());
    }

    /**
     * Adds artisans the index cannot hold yet (files just created, e.g. by an import), with the keys the caller
     * already computed with {@link IdentityMatching#keys} (same order): nothing to delete first, and on
     * PostgreSQL the rows go in with {@code COPY}. Joins the caller's transaction.
     */
    @Transactional
    public void addNew(List<IndexedIdentity> identities, List<IdentityKeys> keys) {
        table.insertNew(identities, keys, clock.instant());
    }

    /**
     * The entries of new files as {@link #addNew(List, List)} would write them on PostgreSQL, encoded without
     * touching the database, so outside the writing transaction: an import encodes the next batch's while the
     * current one is written (ADR 0052). The keys are the caller's, computed with {@link IdentityMatching#keys}.
     */
    public IndexEntries encodeNew(List<IndexedIdentity> identities, List<IdentityKeys> keys) {
        return table.encodeNew(identities, keys, clock.instant());
    }

    /** Writes entries from {@link #encodeNew} (PostgreSQL), in the caller's transaction. */
    @Transactional
    public void addNew(IndexEntries entries) {
        table.insertEncoded(entries);
    }

    @Transactional
    public void remove(long artisanId) {
        table.delete(Set.of(artisanId));
    }

    /** Which of these artisans the index holds (the others are missing from it). */
    @Transactional(readOnly = true)
    public Set<Long> heldAmong(java.util.Collection<Long> artisanIds) {
        return table.heldAmong(artisanIds);
    }

    @Transactional(readOnly = true)
    public long size() {
        return table.count();
    }
}
