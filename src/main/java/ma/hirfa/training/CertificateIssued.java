package ma.hirfa.training;

/**
 * A certificate was issued (training, apprenticeship or VAE, by {@code kind}) to a registered artisan, also when
 * it replaces a lost one. {@code reference} is the caller's reference, e.g. {@code VAE-APP-12}.
 */
public record CertificateIssued(
        long certificateId, String number, CertificateKind kind, long artisanId, String regionCode, String reference) {}
