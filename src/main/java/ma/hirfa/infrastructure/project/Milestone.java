package ma.hirfa.infrastructure.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import ma.hirfa.platform.Language;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A stage of the works with its planned date, the date it was reached (null until then) and its cost. */
@Table("infra_milestone")
record Milestone(
        @Id Long id,
        Long projectId,
        String nameAr,
        String nameFr,
        String nameZgh,
        LocalDate plannedOn,
        LocalDate doneOn,
        BigDecimal cost,
        @Version Long version) {

    boolean done() {
        return doneOn != null;
    }

    String name(Language language) {
        return language.pick(nameAr, nameFr, nameZgh);
    }
}
