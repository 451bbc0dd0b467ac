package ma.hirfa.training.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A session of a programme in one region, on consecutive days from {@code startsOn} to {@code endsOn}. */
@Table("trn_session")
record TrainingSession(
        @Id Long id,
        Long programmeId,
        String regionCode,
        String provinceCode,
        String communeCode,
        String place,
        String trainer,
        LocalDate startsOn,
        LocalDate endsOn,
        Integer capacity,
        Boolean waitingList,
        Instant createdAt,
        @Version Long version) {

    int days() {
        return (int) ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
    }

    boolean includes(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
