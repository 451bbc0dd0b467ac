package ma.hirfa.infrastructure.lease;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.infrastructure.unit.ComplexRef;
import ma.hirfa.infrastructure.unit.Unit;
import ma.hirfa.infrastructure.unit.Units;
import ma.hirfa.platform.AuditTrail;
import ma.hirfa.platform.Documents;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The lease contract as a PDF, Arabic and French side by side, printed from the lease as it stands. */
@Component
class LeaseContract {

    static final Locale AR = Locale.forLanguageTag("ar");
    static final Locale FR = Locale.FRENCH;
    private static final List<String> LABELS = List.of(
            "title",
            "kingdom",
            "chamber",
            "parties",
            "lessor",
            "holder",
            "unit",
            "complex",
            "number",
            "floor",
            "type",
            "area",
            "period",
            "rent",
            "deposit",
            "schedule",
            "obligations",
            "termination",
            "keys",
            "signatures",
            "reference",
            "currency");

    private final LeaseViews views;
    private final Units units;
    private final Documents documents;
    private final AuditTrail audit;

    LeaseContract(LeaseViews views, Units units, Documents documents, AuditTrail audit) {
        this.views = views;
        this.units = units;
        this.documents = documents;
        this.audit = audit;
    }

    @Transactional
    byte[] pdf(long leaseId) {
        LeaseView lease = views.full(leaseId, FR);
        Unit unit = units.get(lease.unitId());
        ComplexRef complex = units.complex(lease.complexId());
        audit.read(LeaseWriter.ENTITY, leaseId, complex.regionCode(), "contract.pdf");
        Map<String, Object> model = new HashMap<>();
        model.put("lease", lease);
        model.put("unit", unit);
        model.put("complexAr", complex.nameAr());
        model.put("complexFr", complex.nameFr());
        model.put("typeAr", documents.message("infrastructure.unit.type." + unit.unitType(), AR));
        model.put("typeFr", documents.message("infrastructure.unit.type." + unit.unitType(), FR));
        model.put("ar", documents.labels("infrastructure.contract.", LABELS, AR));
        model.put("fr", documents.labels("infrastructure.contract.", LABELS, FR));
        model.put("signatoryAr", documents.signatory(AR));
        model.put("signatoryFr", documents.signatory(FR));
        return documents.pdf("infrastructure/leases/contract", model, AR);
    }
}
