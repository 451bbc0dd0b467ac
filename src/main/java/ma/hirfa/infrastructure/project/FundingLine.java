package ma.hirfa.infrastructure.project;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Money promised to a project by one source, under a convention when there is one. */
@Table("infra_funding_line")
record FundingLine(
        @Id Long id,
        Long projectId,
        FundingSource source,
        String partnerName,
        String conventionRef,
        BigDecimal amount,
        Instant createdAt) {}
