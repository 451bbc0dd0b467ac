package ma.hirfa.training.session;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import ma.hirfa.training.Competency;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A programme of the national catalogue; its completion rule applies to every session. */
@Table("trn_programme")
record Programme(
        @Id Long id,
        String titleAr,
        String titleFr,
        String titleZgh,
        String titleEn,
        ProgrammeType programmeType,
        String craftCodes,
        Integer hours,
        String competencies,
        String competenciesAr,
        String competenciesZgh,
        Integer minAttendancePercent,
        Boolean assessmentRequired,
        Instant createdAt,
        @Version Long version) {

    List<String> crafts() {
        return split(craftCodes, ",");
    }

    /** The French competencies, one a line (the column {@code competencies} has always held French). */
    List<String> competencyList() {
        return split(competencies, "\n");
    }

    List<Competency> competencyTexts() {
        return Competency.lines(competenciesAr, competencies, competenciesZgh);
    }

    /** Empty list of crafts: open to every craft. */
    boolean concerns(String craftCode) {
        List<String> crafts = crafts();
        return crafts.isEmpty() || crafts.contains(craftCode);
    }

    private static List<String> split(String joined, String separator) {
        return joined == null || joined.isBlank()
                ? List.of()
                : Arrays.stream(joined.split(separator))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
