package ma.hirfa.infrastructure.project;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/** A funding line: its source (a partner is named), the convention it comes from if any, the amount promised. */
record FundingLineRequest(
        @NotNull FundingSource source,
        @Size(max = 200) String partnerName,
        @Size(max = 100) String conventionRef,
        @NotNull BigDecimal amount)
        implements Serializable {}
