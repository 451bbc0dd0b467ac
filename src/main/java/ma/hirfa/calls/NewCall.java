package ma.hirfa.calls;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A call drafted by the chamber (form, API request and what a {@code DemoStep} passes to {@link Calls#create}):
 * the offering module's kind and owner, the chosen items ({@link OfferedItem#ref()}), the texts, the dates and
 * the appeals window. {@code regionCode} is read only from national users; {@code grid} empty means the default.
 */
public record NewCall(
        @NotBlank @Size(max = 60) String kind,
        @NotNull Long ownerId,
        @Size(max = 2) String regionCode,
        @NotBlank @Size(max = 200) String titleAr,
        @NotBlank @Size(max = 200) String titleFr,
        @NotBlank @Size(max = 200) String titleZgh,
        @Size(max = 2000) String eligibility,
        @NotEmpty List<String> itemRefs,
        @NotNull LocalDate opensOn,
        @NotNull LocalDate closesOn,
        @NotNull @Min(1) @Max(60) Integer appealDays,
        List<@Valid GridCriterion> grid) {}
