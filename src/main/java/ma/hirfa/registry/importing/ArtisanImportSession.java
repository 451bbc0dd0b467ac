package ma.hirfa.registry.importing;

import java.util.List;
import java.util.Set;
import ma.hirfa.matching.IdentityKeys;
import ma.hirfa.matching.IdentityMatching;
import ma.hirfa.matching.IdentityRecord;
import ma.hirfa.platform.transfer.Classification;
import ma.hirfa.platform.transfer.ImportBatch;
import ma.hirfa.platform.transfer.ImportContext;
import ma.hirfa.platform.transfer.ImportRow;
import ma.hirfa.platform.transfer.ImportSession;
import ma.hirfa.platform.transfer.KeySet;
import ma.hirfa.platform.transfer.RowCheck;

/** One pass over a legacy list: checks rows, finds those already in the register, writes new ones. */
final class ArtisanImportSession implements ImportSession<ImportedArtisan> {

    private final ArtisanImportChecks checks;
    private final ArtisanImportWriter writer;
    private final ImportContext context;
    private final KeySet namesSeen = new KeySet();

    ArtisanImportSession(ArtisanImportChecks checks, ArtisanImportWriter writer, ImportContext context) {
        this.checks = checks;
        this.writer = writer;
        this.context = context;
    }

    /**
     * Checks the row, then computes its cross-script match keys (matching module): a row whose name key and
     * birth date were already seen higher up in the file, under another national id, is probably the same
     * person typed twice; it is imported but flagged for the duplicate review, never merged silently.
     * Files already in the register are compared by the identity index on the register's side.
     */
    @Override
    public RowCheck<ImportedArtisan> validate(ImportRow row) {
        RowCheck<ImportedArtisan> checked = checks.check(row);
        if (!checked.isValid()) {
            return checked;
        }
        ImportedArtisan a = checked.value();
        IdentityKeys keys = IdentityMatching.keys(new IdentityRecord(
                a.nationalId(),
                a.nationalId(),
                a.firstNameAr(),
                a.lastNameAr(),
                a.firstNameLat(),
                a.lastNameLat(),
                a.birthDate(),
                a.provinceCode(),
                a.phone()));
        a = a.withKeys(keys);
        String nameKey = keys.nameKey();
        if (nameKey == null || nameKey.isEmpty() || a.birthDate() == null) {
            return RowCheck.valid(a, checked.identityKey());
        }
        long key = KeySet.hash(nameKey + '|' + a.birthDate());
        return RowCheck.valid(namesSeen.add(key) ? a : a.flagged(), checked.identityKey());
    }

    /**
     * Same national id as an active file (any region: one active registration per person), one query per
     * batch. The commit does not ask: its writer checks again inside the batch's transaction anyway (a file may
     * have been registered since the dry run), so asking here too would read the register twice.
     */
    @Override
    public List<Classification> classify(List<ImportedArtisan> rows) {
        if (context.commit()) {
            return java.util.Collections.nCopies(rows.size(), Classification.NEW);
        }
        Set<String> known = writer.activeNationalIds(
                rows.stream().map(ImportedArtisan::nationalId).toList());
        return rows.stream()
                .map(r -> known.contains(r.nationalId()) ? Classification.DUPLICATE_OF_EXISTING : Classification.NEW)
                .toList();
    }

    /** The batch's checks against the register, its ids and its rows encoded, while the previous one is written. */
    @Override
    public Object prepare(ImportBatch<ImportedArtisan> batch) {
        return writer.prepare(batch, context);
    }

    @Override
    public int commit(ImportBatch<ImportedArtisan> batch) {
        return writer.write(batch, context);
    }
}
