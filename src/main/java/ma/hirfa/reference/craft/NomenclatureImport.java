package ma.hirfa.reference.craft;

import java.util.List;
import ma.hirfa.platform.Acting;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Replaces the active crafts nomenclature by an uploaded file, all or nothing. */
@Service
class NomenclatureImport {

    private final CraftCatalogue catalogue;
    private final Acting acting;

    NomenclatureImport(CraftCatalogue catalogue, Acting acting) {
        this.catalogue = catalogue;
        this.acting = acting;
    }

    /** Returns the problems found; when there are any, nothing was written. */
    @Transactional
    List<RowError> replaceWith(String label, boolean official, byte[] csv) {
        CraftCsvParser.Result parsed = CraftCsvParser.parse(csv);
        if (!parsed.errors().isEmpty()) {
            return parsed.errors();
        }
        String actor = acting.username();
        long id = catalogue.activateNew(label.strip(), official, actor, acting.now(), parsed.rows());
        acting.audit()
                .created(
                        "CraftNomenclature",
                        id,
                        null,
                        new Imported(label.strip(), official, parsed.rows().size()));
        return List.of();
    }

    record Imported(String label, boolean official, int crafts) {}
}
