package ma.hirfa.training.session;

/**
 * The completion rule of a programme: present on at least the minimum share of the session's days and,
 * when the programme has an assessment, passed it.
 */
record Completion(int minAttendancePercent, boolean assessmentRequired) {

    static Completion of(Programme programme) {
        return new Completion(programme.minAttendancePercent(), programme.assessmentRequired());
    }

    int percent(int presentDays, int sessionDays) {
        return sessionDays <= 0 ? 0 : (int) Math.floor(presentDays * 100.0 / sessionDays);
    }

    boolean completed(int presentDays, int sessionDays, Boolean assessmentPassed) {
        boolean attended = sessionDays > 0 && presentDays * 100L >= (long) minAttendancePercent * sessionDays;
        return attended && (!assessmentRequired || Boolean.TRUE.equals(assessmentPassed));
    }
}
