package ma.hirfa.training;

/**
 * A certificate stopped being valid: revoked with a reason, or replaced by a reissued one ({@code replacedBy}
 * then names the new certificate). Its verification page says "revoked" from now on.
 */
public record CertificateRevoked(
        long certificateId, String number, long artisanId, String regionCode, String reason, Long replacedBy) {}
