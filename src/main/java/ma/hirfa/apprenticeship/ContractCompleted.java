package ma.hirfa.apprenticeship;

/**
 * An apprenticeship contract ended with its final assessment. {@code passed} tells the result;
 * {@code apprenticeArtisanId} is the apprentice's file in the register when it is linked, otherwise null.
 */
public record ContractCompleted(
        long contractId, String regionCode, long masterId, Long apprenticeArtisanId, boolean passed, Integer score) {}
