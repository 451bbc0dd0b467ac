package ma.hirfa.training.session;

import java.util.List;

/** A programme as pages and the API show it; {@code title} is in the reader's language. */
record ProgrammeView(
        long id,
        String title,
        String titleAr,
        String titleFr,
        String titleZgh,
        String titleEn,
        ProgrammeType type,
        List<String> crafts,
        int hours,
        List<String> competencies,
        int minAttendancePercent,
        boolean assessmentRequired) {}
