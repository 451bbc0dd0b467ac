package ma.hirfa.coverage.file;

/** Whether the artisan's enrolment with the fund is in force. */
public enum EnrolmentStatus {
    ACTIVE,
    ENDED
}
