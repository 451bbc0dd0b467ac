package ma.hirfa.registry.card;

import java.time.LocalDate;

/**
 * What anyone learns from a QR code: whether it is genuine and the current status, with the least personal
 * data that lets a verifier recognise the holder ({@code name} and {@code holder} are the same, Latin script
 * when known; {@code holderAr} in Arabic script). {@code status} is VALID, EXPIRED, SUSPENDED, REVOKED or
 * INVALID (forged, altered or unknown).
 */
public record Verification(
        String kind,
        String status,
        String registrationNumber,
        String name,
        String holder,
        String holderAr,
        String title,
        String craft,
        LocalDate issuedOn,
        LocalDate validUntil) {

    static Verification invalid() {
        return new Verification("UNKNOWN", "INVALID", null, null, null, null, null, null, null, null);
    }
}
