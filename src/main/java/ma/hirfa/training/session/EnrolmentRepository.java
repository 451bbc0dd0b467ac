package ma.hirfa.training.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface EnrolmentRepository extends ListCrudRepository<Enrolment, Long> {

    List<Enrolment> findBySessionIdOrderByIdAsc(Long sessionId);

    Optional<Enrolment> findBySessionIdAndArtisanId(Long sessionId, Long artisanId);

    @Query("select count(*) from trn_enrolment where session_id = :sessionId and status = 'ENROLLED'")
    int seatsTaken(Long sessionId);

    /** Sessions other than this one where the artisan holds or awaits a seat on overlapping days. */
    @Query("select count(*) from trn_enrolment e join trn_session s on s.id = e.session_id"
            + " where e.artisan_id = :artisanId and e.status in ('ENROLLED', 'WAITING') and s.id <> :sessionId"
            + " and s.starts_on <= :endsOn and s.ends_on >= :startsOn")
    int overlapping(Long artisanId, Long sessionId, LocalDate startsOn, LocalDate endsOn);
}
