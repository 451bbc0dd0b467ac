package ma.hirfa.training.session;

/** One trainee on the sheet of a day: {@code present} is null until the day is recorded. */
record AttendanceLine(
        long enrolmentId, long artisanId, String holderName, String registrationNumber, Boolean present) {}
