package ma.hirfa.infrastructure.project;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The physical progress of the works as a site visit found it, in percent. */
@Table("infra_progress")
record ProgressReport(
        @Id Long id,
        Long projectId,
        LocalDate reportedOn,
        Integer percent,
        String note,
        String createdBy,
        Instant createdAt) {}
