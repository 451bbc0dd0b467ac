package ma.hirfa.training.session;

/** A trainee of a session with attendance, completion and certificate. */
record EnrolmentView(
        long id,
        long artisanId,
        String holderName,
        String registrationNumber,
        String craftCode,
        String craft,
        EnrolmentStatus status,
        int presentDays,
        int attendancePercent,
        Boolean assessmentPassed,
        boolean completed,
        Long certificateId) {}
