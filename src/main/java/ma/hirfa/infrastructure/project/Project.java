package ma.hirfa.infrastructure.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import ma.hirfa.platform.Language;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A construction project of a complex; its region is the complex's, copied so lists scope on one column. */
@Table("infra_project")
record Project(
        @Id Long id,
        Long complexId,
        String regionCode,
        String titleAr,
        String titleFr,
        String titleZgh,
        BigDecimal totalCost,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        String contractors,
        String createdBy,
        Instant createdAt,
        @Version Long version) {

    /** A project not yet saved, filled in by {@link #with}. */
    static Project newIn(long complexId, String regionCode, String username, Instant at) {
        return new Project(null, complexId, regionCode, null, null, null, null, null, null, null, username, at, null);
    }

    Project with(ProjectRequest r) {
        return new Project(
                id,
                complexId,
                regionCode,
                r.titleAr().strip(),
                r.titleFr().strip(),
                r.titleZgh().strip(),
                r.totalCost(),
                r.plannedStart(),
                r.plannedEnd(),
                r.contractors() == null || r.contractors().isBlank()
                        ? null
                        : r.contractors().strip(),
                createdBy,
                createdAt,
                version);
    }

    String title(Language language) {
        return language.pick(titleAr, titleFr, titleZgh);
    }
}
