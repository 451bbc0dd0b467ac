package ma.hirfa.training.session;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.hirfa.platform.Acting;
import ma.hirfa.platform.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance per day: the sheet lists the trainees holding a seat; saving it records present or absent for
 * each of them. A day outside the session, or a name that is not a trainee of the session, refuses the whole
 * sheet before anything is written, as does a day still to come (nobody can have attended it yet). Each change
 * of a mark is audited.
 */
@Service
class AttendanceSheets {

    static final String ENTITY = "TrainingAttendance";

    private final JdbcTemplate jdbc;
    private final EnrolmentRepository enrolments;
    private final Acting acting;

    AttendanceSheets(JdbcTemplate jdbc, EnrolmentRepository enrolments, Acting acting) {
        this.jdbc = jdbc;
        this.enrolments = enrolments;
        this.acting = acting;
    }

    /** The sheet of one day of a session the caller may see ({@link Sessions#get} checked by the caller). */
    @Transactional(readOnly = true)
    List<AttendanceLine> sheet(TrainingSession session, LocalDate day) {
        if (!session.includes(day)) {
            throw Refusal.invalid("training.attendance.outside");
        }
        Map<Long, Boolean> marks = marks(session.id(), day);
        return enrolments.findBySessionIdOrderByIdAsc(session.id()).stream()
                .filter(e -> e.status() == EnrolmentStatus.ENROLLED)
                .map(e -> new AttendanceLine(
                        e.id(), e.artisanId(), e.holderName(), e.registrationNumber(), marks.get(e.id())))
                .toList();
    }

    /** Today in Morocco: the day a sheet opens on, and the last day attendance may be recorded for. */
    LocalDate today() {
        return acting.todayInMorocco();
    }

    @Transactional
    int record(TrainingSession session, LocalDate day, Set<Long> present) {
        Sessions.mayOrganise(acting.user());
        if (day == null || !session.includes(day)) {
            throw Refusal.invalid("training.attendance.outside");
        }
        if (day.isAfter(today())) {
            throw Refusal.invalid("training.attendance.future");
        }
        List<Enrolment> trainees = enrolments.findBySessionIdOrderByIdAsc(session.id()).stream()
                .filter(e -> e.status() == EnrolmentStatus.ENROLLED)
                .toList();
        Set<Long> ids = trainees.stream().map(Enrolment::id).collect(java.util.stream.Collectors.toSet());
        if (!ids.containsAll(present)) {
            throw Refusal.invalid("training.attendance.notTrainee");
        }
        Map<Long, Boolean> before = marks(session.id(), day);
        int changed = 0;
        for (Enrolment trainee : trainees) {
            boolean now = present.contains(trainee.id());
            Boolean was = before.get(trainee.id());
            if (was != null && was == now) {
                continue;
            }
            if (was == null) {
                jdbc.update(
                        "insert into trn_attendance (enrolment_id, attended_on, present, recorded_by, recorded_at)"
                                + " values (?, ?, ?, ?, ?)",
                        trainee.id(),
                        Date.valueOf(day),
                        now,
                        acting.username(),
                        Timestamp.from(acting.now()));
            } else {
                jdbc.update(
                        "update trn_attendance set present = ?, recorded_by = ?, recorded_at = ?"
                                + " where enrolment_id = ? and attended_on = ?",
                        now,
                        acting.username(),
                        Timestamp.from(acting.now()),
                        trainee.id(),
                        Date.valueOf(day));
            }
            acting.audit()
                    .updated(
                            ENTITY,
                            trainee.id() + "@" + day,
                            trainee.regionCode(),
                            was == null ? null : new Mark(trainee.artisanId(), day, was),
                            new Mark(trainee.artisanId(), day, now));
            changed++;
        }
        return changed;
    }

    /** Days present per enrolment of a session. */
    Map<Long, Integer> presentDays(long sessionId) {
        Map<Long, Integer> days = new HashMap<>();
        jdbc.query(
                "select a.enrolment_id, count(*) as n from trn_attendance a join trn_enrolment e on e.id = a.enrolment_id"
                        + " join trn_session s on s.id = e.session_id where e.session_id = ? and a.present = true"
                        + " and a.attended_on between s.starts_on and s.ends_on group by a.enrolment_id",
                rs -> {
                    days.put(rs.getLong("enrolment_id"), rs.getInt("n"));
                },
                sessionId);
        return days;
    }

    private Map<Long, Boolean> marks(long sessionId, LocalDate day) {
        Map<Long, Boolean> marks = new HashMap<>();
        jdbc.query(
                "select a.enrolment_id, a.present from trn_attendance a join trn_enrolment e on e.id = a.enrolment_id"
                        + " where e.session_id = ? and a.attended_on = ?",
                rs -> {
                    marks.put(rs.getLong("enrolment_id"), rs.getBoolean("present"));
                },
                sessionId,
                Date.valueOf(day));
        return marks;
    }

    record Mark(Long artisanId, LocalDate day, boolean present) {}
}
