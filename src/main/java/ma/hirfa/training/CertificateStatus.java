package ma.hirfa.training;

/** Stored status of a certificate. */
enum CertificateStatus {
    VALID,
    REVOKED,
    REPLACED
}
