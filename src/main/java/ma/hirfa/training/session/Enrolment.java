package ma.hirfa.training.session;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An artisan in a session; place, craft, sex and birth date as the register knew them at enrolment. */
@Table("trn_enrolment")
record Enrolment(
        @Id Long id,
        Long sessionId,
        Long artisanId,
        String regionCode,
        String provinceCode,
        String craftCode,
        String sex,
        LocalDate birthDate,
        String holderName,
        String registrationNumber,
        EnrolmentStatus status,
        Boolean assessmentPassed,
        Long certificateId,
        Instant enrolledAt,
        Instant withdrawnAt,
        @Version Long version) {

    Enrolment withStatus(EnrolmentStatus next, Instant at) {
        return with(
                next,
                assessmentPassed,
                certificateId,
                next == EnrolmentStatus.WITHDRAWN ? enrolledAt : at,
                next == EnrolmentStatus.WITHDRAWN ? at : null);
    }

    Enrolment assessed(Boolean passed) {
        return with(status, passed, certificateId, enrolledAt, withdrawnAt);
    }

    Enrolment certified(Long certificate) {
        return with(status, assessmentPassed, certificate, enrolledAt, withdrawnAt);
    }

    /** A copy with the parts an enrolment's life changes; the rest is fixed at enrolment. */
    private Enrolment with(
            EnrolmentStatus newStatus, Boolean passed, Long certificate, Instant enrolled, Instant withdrawn) {
        return new Enrolment(
                id,
                sessionId,
                artisanId,
                regionCode,
                provinceCode,
                craftCode,
                sex,
                birthDate,
                holderName,
                registrationNumber,
                newStatus,
                passed,
                certificate,
                enrolled,
                withdrawn,
                version);
    }
}
