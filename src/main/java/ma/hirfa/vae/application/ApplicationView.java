package ma.hirfa.vae.application;

import java.util.List;
import ma.hirfa.platform.Trilingual;
import ma.hirfa.reference.TrainingLevel;

/** An application as pages and the API show it: eligibility reasons translated, grid and decision if any. */
public record ApplicationView(
        long id,
        String regionCode,
        long artisanId,
        String artisanName,
        String registrationNumber,
        String craftCode,
        String craftName,
        TrainingLevel trainingLevel,
        int yearsOfPractice,
        String statement,
        ApplicationStatus status,
        List<String> eligibility,
        List<EvidenceItem> evidence,
        Long juryId,
        List<GridLine> grid,
        DecisionView decision) {

    record EvidenceItem(long id, String fileName, String contentType, long sizeBytes) {}

    record GridLine(
            long competencyId,
            int position,
            String name,
            Trilingual.Wording criteria,
            Boolean acquired,
            String comment) {}

    record DecisionView(
            Outcome outcome,
            List<String> missingCompetencies,
            Long prescribedProgrammeId,
            String prescribedProgrammeTitle,
            String reasons,
            String certificateRef) {}

    boolean complete() {
        return grid.stream().allMatch(g -> g.acquired() != null);
    }
}
