package ma.hirfa.infrastructure.complex;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A complex as created or changed, by the API, the form and other features' fixtures: names in the three
 * languages, where it is (province and commune of the reference data, address, position), what it is, and the
 * crafts it is meant for (codes of the nomenclature; none or absent = open to every craft).
 */
public record ComplexRequest(
        @NotBlank @Size(max = 200) String nameAr,
        @NotBlank @Size(max = 200) String nameFr,
        @NotBlank @Size(max = 200) String nameZgh,
        @NotBlank @Size(max = 3) String provinceCode,
        @Size(max = 12) String communeCode,
        @Size(max = 300) String address,
        BigDecimal latitude,
        BigDecimal longitude,
        @NotNull ComplexStatus status,
        @NotNull @Min(1) @Max(50) Integer blocks,
        @NotNull @Min(1) @Max(20) Integer floors,
        @Size(max = 1000) String facilities,
        @Size(max = 100) List<String> crafts) {

    public ComplexRequest {
        crafts = crafts == null
                ? List.of()
                : crafts.stream()
                        .filter(c -> c != null && !c.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
    }

    /** The least a complex needs: its names, its province and its status (one block of one floor). */
    public static ComplexRequest of(
            String nameAr, String nameFr, String nameZgh, String provinceCode, ComplexStatus status) {
        return new ComplexRequest(
                nameAr, nameFr, nameZgh, provinceCode, null, null, null, null, status, 1, 1, null, List.of());
    }
}
