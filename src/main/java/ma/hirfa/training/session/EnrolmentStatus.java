package ma.hirfa.training.session;

/** An enrolled trainee holds a seat; the waiting list is promoted in order of enrolment. */
public enum EnrolmentStatus {
    ENROLLED,
    WAITING,
    WITHDRAWN
}
