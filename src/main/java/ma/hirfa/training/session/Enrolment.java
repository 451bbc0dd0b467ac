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
                next,
                assessmentPassed,
                certificateId,
                next == EnrolmentStatus.WITHDRAWN ? enrolledAt : at,
                next == EnrolmentStatus.WITHDRAWN ? at : null,
                version);
    }

    Enrolment assessed(Boolean passed) {
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
                status,
                passed,
                certificateId,
                enrolledAt,
                withdrawnAt,
                version);
    }

    Enrolment certified(Long certificate) {
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
                status,
                assessmentPassed,
                certificate,
                enrolledAt,
                withdrawnAt,
                version);
    }
}
