package ma.hirfa.training.session;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
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
        Integer minAttendancePercent,
        Boolean assessmentRequired,
        Instant createdAt,
        @Version Long version) {

    List<String> crafts() {
        return split(craftCodes, ",");
    }

    List<String> competencyList() {
        return split(competencies, "\n");
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
