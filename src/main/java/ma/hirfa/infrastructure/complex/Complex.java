package ma.hirfa.infrastructure.complex;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A handicraft complex of a chamber; its region is its province's, copied so lists scope on one column. */
@Table("infra_complex")
record Complex(
        @Id Long id,
        String regionCode,
        String provinceCode,
        String communeCode,
        String nameAr,
        String nameFr,
        String nameZgh,
        String address,
        BigDecimal latitude,
        BigDecimal longitude,
        ComplexStatus status,
        Integer blocks,
        Integer floors,
        String facilities,
        @MappedCollection(idColumn = "complex_id") Set<ComplexCraft> crafts,
        String createdBy,
        Instant createdAt) {

    /** A complex not yet saved, filled in by {@link #with}. */
    static Complex newBy(String username, Instant at) {
        return new Complex(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, Set.of(), username,
                at);
    }

    Complex with(String regionCode, ComplexRequest r) {
        return new Complex(
                id,
                regionCode,
                r.provinceCode(),
                blank(r.communeCode()),
                r.nameAr().strip(),
                r.nameFr().strip(),
                r.nameZgh().strip(),
                blank(r.address()),
                r.latitude(),
                r.longitude(),
                r.status(),
                r.blocks(),
                r.floors(),
                blank(r.facilities()),
                r.crafts().stream().map(ComplexCraft::new).collect(Collectors.toUnmodifiableSet()),
                createdBy,
                createdAt);
    }

    ComplexSummary summary() {
        return new ComplexSummary(
                id,
                regionCode,
                provinceCode,
                communeCode,
                nameAr,
                nameFr,
                nameZgh,
                address,
                latitude,
                longitude,
                status,
                blocks,
                floors,
                facilities,
                craftCodes());
    }

    /** The craft codes in a stable order (pages, API, audit). */
    List<String> craftCodes() {
        return crafts.stream().map(ComplexCraft::craftCode).sorted().toList();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
