package ma.hirfa.training.session;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** Bodies of the training API's smaller requests. */
final class TrainingRequests {

    private TrainingRequests() {}

    /** By id, or by national id or registration number. */
    record EnrolmentRequest(Long artisanId, String reference) {}

    record EnrolmentResponse(long sessionId, long artisanId, EnrolmentStatus status) {}

    /** Every trainee holding a seat not listed in {@code present} is recorded absent that day. */
    record AttendanceRequest(@NotNull LocalDate day, List<Long> present) {}

    record AssessmentRequest(@NotNull Boolean passed) {}

    record CertificatesIssued(int issued, int notRegistered) {}
}
