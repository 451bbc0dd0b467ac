package ma.hirfa.training.session;

import java.time.LocalDate;

/** A session as lists, pages and the API show it. */
record SessionView(
        long id,
        long programmeId,
        String programmeTitle,
        ProgrammeType type,
        String regionCode,
        String provinceCode,
        String province,
        String communeCode,
        String commune,
        String place,
        String trainer,
        LocalDate startsOn,
        LocalDate endsOn,
        int days,
        int hours,
        int capacity,
        boolean waitingList,
        int enrolled,
        int waiting,
        int minAttendancePercent,
        boolean assessmentRequired) {}
