package ma.hirfa.training.session;

import java.util.List;
import ma.hirfa.training.Competency;

/** A programme as pages and the API show it; {@code title} is in the reader's language;
 * {@code competencies} are the French lines (as the API always gave them), {@code competencyTexts} all three. */
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
        List<Competency> competencyTexts,
        int minAttendancePercent,
        boolean assessmentRequired) {}
