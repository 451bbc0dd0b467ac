package ma.hirfa.training;

import java.util.List;

/** A programme of the training catalogue as other modules see it (VAE prescribes one after a partial validation). */
public record ProgrammeSummary(
        long id, String titleAr, String titleFr, String titleZgh, int hours, List<String> crafts) {}
