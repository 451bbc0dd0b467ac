package ma.hirfa.coverage.file;

import java.util.List;
import ma.hirfa.coverage.rights.Explanation;

/** What became of a reported contribution: recorded, or already known with the same values; and any warning. */
public record ContributionOutcome(Contribution contribution, boolean created, List<Explanation> warnings) {}
