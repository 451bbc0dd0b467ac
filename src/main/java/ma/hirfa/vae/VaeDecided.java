package ma.hirfa.vae;

/**
 * A VAE jury decided on an application: {@code outcome} is {@code FULL}, {@code PARTIAL} or {@code REFUSAL};
 * a full validation carries the number of the certificate issued in the same transaction.
 */
public record VaeDecided(
        long applicationId, long artisanId, String regionCode, String outcome, String certificateNumber) {}
