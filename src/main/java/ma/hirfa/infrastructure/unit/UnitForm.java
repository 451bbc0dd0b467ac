package ma.hirfa.infrastructure.unit;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/** A new unit of a complex, from the page or the API. Amounts in dirhams, area in square metres. */
public record UnitForm(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,20}", message = "{infrastructure.unit.number.format}")
        String number,

        @NotNull @Min(-2) @Max(20) Integer floor,

        @NotNull
        @DecimalMin(value = "1", message = "{infrastructure.unit.area.range}")
        @DecimalMax(value = "10000", message = "{infrastructure.unit.area.range}")
        @Digits(integer = 6, fraction = 2)
        BigDecimal area,

        @NotNull UnitType type,

        @NotNull
        @DecimalMin(value = "0", message = "{infrastructure.unit.rent.range}")
        @DecimalMax(value = "100000", message = "{infrastructure.unit.rent.range}")
        @Digits(integer = 10, fraction = 2)
        BigDecimal monthlyRent) {

    static UnitForm empty() {
        return new UnitForm("", 0, null, UnitType.SHOP, null);
    }
}
