package ma.hirfa.registry.artisan;

import java.util.List;
import java.util.Set;
import ma.hirfa.platform.transfer.Classification;
import ma.hirfa.platform.transfer.ImportBatch;
import ma.hirfa.platform.transfer.ImportContext;
import ma.hirfa.platform.transfer.ImportRow;
import ma.hirfa.platform.transfer.ImportSession;
import ma.hirfa.platform.transfer.RowCheck;

/** One pass over a legacy list: checks rows, finds those already in the register, writes new ones. */
final class ArtisanImportSession implements ImportSession<ImportedArtisan> {

    private final ArtisanImportChecks checks;
    private final ArtisanImportWriter writer;
    private final ImportContext context;

    ArtisanImportSession(ArtisanImportChecks checks, ArtisanImportWriter writer, ImportContext context) {
        this.checks = checks;
        this.writer = writer;
        this.context = context;
    }

    @Override
    public RowCheck<ImportedArtisan> validate(ImportRow row) {
        return checks.check(row);
    }

    /** Same national id as an active file (any region: one active registration per person). */
    @Override
    public List<Classification> classify(List<ImportedArtisan> rows) {
        Set<String> known = writer.activeNationalIds(
                rows.stream().map(ImportedArtisan::nationalId).toList());
        return rows.stream()
                .map(r -> known.contains(r.nationalId()) ? Classification.DUPLICATE_OF_EXISTING : Classification.NEW)
                .toList();
    }

    @Override
    public int commit(ImportBatch<ImportedArtisan> batch) {
        return writer.write(batch, context);
    }
}
