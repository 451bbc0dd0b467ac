package ma.hirfa.infrastructure.complex;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** The complex form of the pages, bound as typed; {@link #request()} gives the service its request. */
record ComplexForm(
        @NotBlank @Size(max = 200) String nameAr,
        @NotBlank @Size(max = 200) String nameFr,
        @NotBlank @Size(max = 200) String nameZgh,
        @NotBlank String provinceCode,
        String communeCode,
        @Size(max = 300) String address,
        BigDecimal latitude,
        BigDecimal longitude,
        @NotNull ComplexStatus status,
        @NotNull @Min(1) @Max(50) Integer blocks,
        @NotNull @Min(1) @Max(20) Integer floors,
        @Size(max = 1000) String facilities,
        List<String> crafts) {

    static ComplexForm empty() {
        return new ComplexForm(
                null, null, null, null, null, null, null, null, ComplexStatus.STUDY, 1, 1, null, List.of());
    }

    static ComplexForm of(ComplexSummary c) {
        return new ComplexForm(
                c.nameAr(),
                c.nameFr(),
                c.nameZgh(),
                c.provinceCode(),
                c.communeCode(),
                c.address(),
                c.latitude(),
                c.longitude(),
                c.status(),
                c.blocks(),
                c.floors(),
                c.facilities(),
                c.crafts());
    }

    ComplexRequest request() {
        return new ComplexRequest(
                nameAr,
                nameFr,
                nameZgh,
                provinceCode,
                communeCode,
                address,
                latitude,
                longitude,
                status,
                blocks,
                floors,
                facilities,
                crafts);
    }
}
