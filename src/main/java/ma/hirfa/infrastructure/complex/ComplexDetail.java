package ma.hirfa.infrastructure.complex;

import java.math.BigDecimal;
import java.util.List;

/** One complex for the API: what it is, its units counted by status, and its projects with their figures. */
record ComplexDetail(
        long id,
        String nameAr,
        String nameFr,
        String nameZgh,
        String regionCode,
        String provinceCode,
        String communeCode,
        String address,
        BigDecimal latitude,
        BigDecimal longitude,
        ComplexStatus status,
        int blocks,
        int floors,
        String facilities,
        List<String> crafts,
        ComplexRow.Units units,
        List<ProjectOverview> projects) {

    static ComplexDetail of(ComplexSummary c, ComplexRow.Units units, List<ProjectOverview> projects) {
        return new ComplexDetail(
                c.id(),
                c.nameAr(),
                c.nameFr(),
                c.nameZgh(),
                c.regionCode(),
                c.provinceCode(),
                c.communeCode(),
                c.address(),
                c.latitude(),
                c.longitude(),
                c.status(),
                c.blocks(),
                c.floors(),
                c.facilities(),
                c.crafts(),
                units,
                projects);
    }
}
