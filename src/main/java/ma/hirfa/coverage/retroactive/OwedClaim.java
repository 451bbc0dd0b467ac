package ma.hirfa.coverage.retroactive;

import ma.hirfa.coverage.file.ClaimFile;
import ma.hirfa.coverage.rights.Retroactive;

/** A claim the fund rejected for rights although the artisan was entitled on the care date. */
public record OwedClaim(
        ClaimFile claim, String artisanName, String nationalId, String fundNumber, Retroactive.Assessment assessment) {}
