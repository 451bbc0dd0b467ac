package ma.hirfa.registry.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ma.hirfa.matching.IdentityKeys;
import ma.hirfa.matching.IdentityMatching;
import ma.hirfa.matching.IdentityRecord;
import ma.hirfa.matching.IndexEntries;
import ma.hirfa.matching.IndexedIdentity;
import ma.hirfa.platform.CopyText;
import ma.hirfa.platform.transfer.ImportBatch;
import ma.hirfa.registry.artisan.ArtisanStatus;

/**
 * A batch of imported rows made ready for its transaction on PostgreSQL, before it (ADR 0052): the rows it was
 * prepared for, those still to write (no active file held their national id) and their files, timeline events
 * and identity index entries as {@code COPY} rows, with their ids already drawn. Null parts when nothing is left
 * to write.
 */
record PreparedBatch(
        List<ImportedArtisan> rows,
        List<ImportedArtisan> fresh,
        CopyText.Encoded artisans,
        CopyText.Encoded events,
        IndexEntries index) {

    /** Whether it was prepared for exactly these rows (the same objects in the same order). */
    boolean isFor(List<ImportedArtisan> batchRows) {
        if (batchRows.size() != rows.size()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) != batchRows.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The identity index entries of new drafts (artisan id = the drawn id). */
    static List<IndexedIdentity> identities(List<ImportedArtisan> rows, long[] ids) {
        List<IndexedIdentity> identities = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ImportedArtisan r = rows.get(i);
            identities.add(new IndexedIdentity(
                    ids[i],
                    r.regionCode(),
                    null,
                    new IdentityRecord(
                            Long.toString(ids[i]),
                            r.nationalId(),
                            r.firstNameAr(),
                            r.lastNameAr(),
                            r.firstNameLat(),
                            r.lastNameLat(),
                            r.birthDate(),
                            r.provinceCode(),
                            r.phone())));
        }
        return identities;
    }

    /** Their match keys: those computed while the rows were checked, when they were. */
    static List<IdentityKeys> keys(List<ImportedArtisan> rows, List<IndexedIdentity> identities) {
        List<IdentityKeys> keys = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            IdentityKeys known = rows.get(i).keys();
            keys.add(
                    known != null
                            ? known
                            : IdentityMatching.keys(identities.get(i).identity()));
        }
        return keys;
    }

    /** The drafts' first timeline event (from nothing to draft), as {@code COPY} rows. */
    static StringBuilder eventRows(long[] ids, Instant now, String actor, String reason) {
        StringBuilder text = new StringBuilder(ids.length * 64);
        String tail = now + "\t" + CopyText.escaped(actor) + "\t\\N\t" + ArtisanStatus.DRAFT.name() + "\t"
                + CopyText.escaped(reason) + "\n";
        for (long id : ids) {
            text.append(id).append('\t').append(tail);
        }
        return text;
    }

    /** The drafts as {@code COPY} rows: the id, then {@link ArtisanImportWriter#COLUMNS}. */
    static StringBuilder artisanRows(List<ImportedArtisan> rows, long[] ids, ImportBatch<?> batch, Instant now) {
        String at = now.toString();
        StringBuilder text = new StringBuilder(rows.size() * 180);
        for (int i = 0; i < rows.size(); i++) {
            ImportedArtisan r = rows.get(i);
            text.append(ids[i]).append('\t');
            CopyText.field(text, r.nationalId());
            CopyText.field(text, r.firstNameAr());
            CopyText.field(text, r.lastNameAr());
            CopyText.field(text, r.firstNameLat());
            CopyText.field(text, r.lastNameLat());
            CopyText.field(text, r.sex());
            CopyText.field(text, r.birthDate() == null ? null : r.birthDate().toString());
            CopyText.field(text, r.phone());
            CopyText.field(text, r.regionCode());
            CopyText.field(text, r.provinceCode());
            CopyText.field(text, r.communeCode());
            CopyText.field(text, r.craftCode());
            CopyText.field(text, ArtisanStatus.DRAFT.name());
            CopyText.field(text, at);
            CopyText.field(text, at);
            text.append(r.possibleDuplicate() ? "0\tt\tf\t" : "0\tf\tf\t")
                    .append(batch.jobId())
                    .append('\t')
                    .append(batch.number())
                    .append('\n');
        }
        return text;
    }
}
