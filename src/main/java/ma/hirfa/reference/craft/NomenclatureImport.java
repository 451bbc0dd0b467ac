package ma.hirfa.reference.craft;

import java.time.Clock;
import java.util.List;
import ma.hirfa.platform.AuditTrail;
import ma.hirfa.platform.CurrentUsers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Replaces the active crafts nomenclature by an uploaded file, all or nothing. */
@Service
class NomenclatureImport {

    private final CraftCatalogue catalogue;
    private final AuditTrail audit;
    private final CurrentUsers users;
    private final Clock clock;

    NomenclatureImport(CraftCatalogue catalogue, AuditTrail audit, CurrentUsers users, Clock clock) {
        this.catalogue = catalogue;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
    }

    /** Returns the problems found; when there are any, nothing was written. */
    @Transactional
    List<RowError> replaceWith(String label, boolean official, byte[] csv) {
        CraftCsvParser.Result parsed = CraftCsvParser.parse(csv);
        if (!parsed.errors().isEmpty()) {
            return parsed.errors();
        }
        String actor = users.current().username();
        long id = catalogue.activateNew(label.strip(), official, actor, clock.instant(), parsed.rows());
        audit.created(
                "CraftNomenclature",
                id,
                null,
                new Imported(label.strip(), official, parsed.rows().size()));
        return List.of();
    }

    record Imported(String label, boolean official, int crafts) {}
}
